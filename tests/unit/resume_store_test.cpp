// Saved résumés (store/resume_store.hpp, migration v6) and saving through app::save_resume:
// round trip, newest first, the same text kept once, forget, errors.
#include "store/resume_store.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "app/resume_round.hpp"
#include "bank/files.hpp"

namespace kkori::store {
namespace {

class TempDb {
 public:
  TempDb() {
    char tmpl[] = "/tmp/kkori-resume-store-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  ~TempDb() { std::filesystem::remove_all(dir_); }
  std::string path() const { return dir_ + "/k.db"; }

 private:
  std::string dir_;
};

SavedResume row(std::string title, std::string text, std::int64_t at) {
  SavedResume r;
  r.title = std::move(title);
  r.format = "markdown";
  r.lang = "ko";
  r.text = std::move(text);
  r.questions_json = R"({"version":1,"projects":[{"title":"P","questions":[]}]})";
  r.projects = 1;
  r.asked = 0;
  r.saved_at_ms = at;
  return r;
}

// 1 = a new row, 0 = the same text saved before, -1 = an error.
int save(ResumeStore& st, SavedResume& r, bool keep_title = false) {
  auto out = st.save(r, keep_title);
  return out ? (*out ? 1 : 0) : -1;
}

TEST(ResumeStore, SavesListsNewestFirstAndForgets) {
  TempDb db;
  auto st = ResumeStore::open(db.path());
  ASSERT_TRUE(st.has_value()) << st.error().message;
  auto none = (*st)->latest();
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(none->has_value());

  SavedResume a = row("A", "# A\n- one", 1000), b = row("B", "# B\n- two", 2000);
  ASSERT_EQ(save(**st, a), 1);
  ASSERT_EQ(save(**st, b), 1);
  EXPECT_NE(a.id, b.id);

  auto list = (*st)->list();
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].title, "B");
  EXPECT_TRUE((*list)[0].text.empty()) << "lists carry no text";
  EXPECT_EQ((*list)[1].projects, 1);

  auto got = (*st)->get(a.id);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->text, "# A\n- one");
  EXPECT_EQ(got->format, "markdown");
  EXPECT_EQ(got->questions_json, a.questions_json);

  // The same text again: one row, newer time (so it is the latest), new title unless kept.
  SavedResume a2 = row("A again", "# A\n- one", 3000);
  ASSERT_EQ(save(**st, a2), 0);
  EXPECT_EQ(a2.id, a.id);
  auto latest = (*st)->latest();
  ASSERT_TRUE(latest.has_value() && latest->has_value());
  EXPECT_EQ((*latest)->id, a.id);
  EXPECT_EQ((*latest)->title, "A again");
  SavedResume a3 = row("ignored", "# A\n- one", 4000);
  ASSERT_EQ(save(**st, a3, true), 0);
  EXPECT_EQ((*st)->get(a.id)->title, "A again");
  EXPECT_EQ((*st)->list()->size(), 2u);

  ASSERT_TRUE((*st)->forget(a.id).has_value());
  EXPECT_FALSE((*st)->get(a.id).has_value());
  EXPECT_EQ((*st)->get(a.id).error().code, Errc::not_found);
  EXPECT_EQ((*st)->forget(a.id).error().code, Errc::not_found);
  EXPECT_EQ((*(*st)->latest())->id, b.id);

  // Reopening keeps what was saved.
  st->reset();
  auto again = ResumeStore::open("sqlite:" + db.path());
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ((*again)->list()->size(), 1u);
}

TEST(ResumeStore, RejectsMemoryDatabasesAndDamagedQuestions) {
  EXPECT_FALSE(ResumeStore::open(":memory:").has_value());
  TempDb db;
  auto st = ResumeStore::open(db.path());
  ASSERT_TRUE(st.has_value());
  SavedResume bad = row("bad", "x", 1);
  bad.questions_json = "{not json";
  EXPECT_EQ(save(**st, bad), -1);
  SavedResume fmt = row("fmt", "y", 1);
  fmt.format = "docx";
  EXPECT_EQ(save(**st, fmt), -1);
  EXPECT_TRUE((*st)->list()->empty()) << "a failed save leaves nothing behind";
}

TEST(ResumeStore, AppSavesTextTitleAndQuestionsThatLoadBackForTheRound) {
  auto files = bank::read_content_dir(std::string(KKORI_TEST_DATA) + "/resume/content");
  ASSERT_TRUE(files.has_value());
  auto loaded = bank::load(*files);
  ASSERT_TRUE(loaded.errors.empty());
  resume::Maker maker(loaded.bank);
  auto doc = resume::read_resume_file(std::string(KKORI_TEST_DATA) + "/resume/ko.md");
  ASSERT_TRUE(doc.has_value());
  TempDb db;
  auto st = ResumeStore::open(db.path());
  ASSERT_TRUE(st.has_value());

  auto saved = app::save_resume(**st, maker, *doc, "", "", 5000);
  ASSERT_TRUE(saved.has_value()) << saved.error().message;
  EXPECT_TRUE(saved->created);
  EXPECT_EQ(saved->row.title, "김꼬리");  // the first line, without Markdown
  EXPECT_EQ(saved->row.lang, "ko");
  EXPECT_EQ(saved->row.format, "markdown");
  EXPECT_EQ(saved->row.projects, 2);
  EXPECT_GE(saved->row.asked, 10);

  auto renamed = app::save_resume(**st, maker, *doc, "네이버 지원용", "", 6000);
  ASSERT_TRUE(renamed.has_value());
  EXPECT_FALSE(renamed->created);
  EXPECT_EQ(renamed->row.id, saved->row.id);
  EXPECT_EQ(renamed->row.title, "네이버 지원용");
  auto kept = app::save_resume(**st, maker, *doc, "", "ko.md", 7000);
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->row.title, "네이버 지원용") << "saving again without a title keeps the title";

  auto full = (*st)->get(saved->row.id);
  ASSERT_TRUE(full.has_value());
  EXPECT_EQ(full->text, doc->text);
  auto qs = app::round_questions(*full);
  ASSERT_TRUE(qs.has_value()) << qs.error().message;
  EXPECT_EQ(qs->id, saved->row.id);
  EXPECT_EQ(qs->title, "네이버 지원용");
  ASSERT_EQ(qs->projects.size(), 2u);
  std::size_t n = 0;
  for (const auto& p : qs->projects)
    for (const auto& q : p.questions) {
      ++n;
      EXPECT_EQ(doc->text.substr(q.source.begin, q.source.end - q.source.begin), q.source.text);
      EXPECT_FALSE(q.text.ko.empty());
      EXPECT_FALSE(q.text.en.empty());
    }
  EXPECT_EQ(static_cast<int>(n), full->asked);
}

}  // namespace
}  // namespace kkori::store
