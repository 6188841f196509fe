#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "sqlite/db.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_store.hpp"

namespace kkori::store {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/kkori-store-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

Attempt sample(int i, std::int64_t session = 0) {
  Attempt a;
  a.question_id = "ml.q" + std::to_string(i % 7);
  a.answer = "답변 " + std::to_string(i) + " with English";
  a.lang = i % 2 ? Lang::en : Lang::ko;
  a.score = (i % 10) / 10.0;
  a.coverage = {{"definition", 0.9, true}, {"asymmetric", 0.1, false}};
  a.session_id = session;
  a.created_at_ms = 1'700'000'000'000 + i;
  return a;
}

TEST(SqliteStore, CreatesFolderMigratesAndRoundTrips) {
  TempDir dir;
  auto s = SqliteStore::open(dir.file("nested/deeper/kkori.db"));
  ASSERT_TRUE(s.has_value()) << s.error().message;
  EXPECT_EQ((*s)->schema_version(), static_cast<int>(sqlite_migrations().size()));
  Session sess;
  sess.kind = "drill";
  sess.track = "ml";
  sess.lang = Lang::ko;
  sess.started_at_ms = 1000;
  auto sid = (*s)->create_session(sess);
  ASSERT_TRUE(sid.has_value());
  for (int i = 0; i < 5; ++i) ASSERT_TRUE((*s)->record_attempt(sample(i, *sid)).has_value());
  ASSERT_TRUE((*s)->end_session(*sid, 2000).has_value());

  AttemptFilter f;
  f.session_id = *sid;
  auto rows = (*s)->attempts(f);
  ASSERT_TRUE(rows.has_value());
  ASSERT_EQ(rows->size(), 5u);
  EXPECT_EQ((*rows)[0].answer, "답변 4 with English");  // newest first
  EXPECT_EQ((*rows)[0].coverage.size(), 2u);
  EXPECT_EQ((*rows)[0].coverage[0].keypoint, "definition");
  EXPECT_TRUE((*rows)[0].coverage[0].covered);
  EXPECT_DOUBLE_EQ((*rows)[0].score, 0.4);
  f = AttemptFilter{};
  f.question_id = "ml.q1";
  EXPECT_EQ((*s)->attempts(f)->size(), 1u);
  auto got = (*s)->session(*sid);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->ended_at_ms, 2000);
  EXPECT_FALSE((*s)->session(999).has_value());
}

TEST(SqliteStore, ReopeningKeepsDataAndDoesNotRemigrate) {
  TempDir dir;
  {
    auto s = SqliteStore::open(dir.file("k.db"));
    ASSERT_TRUE(s.has_value());
    ASSERT_TRUE((*s)->record_attempt(sample(1)).has_value());
  }
  auto s = SqliteStore::open(dir.file("k.db"));
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ((*s)->attempts({})->size(), 1u);
  EXPECT_EQ((*s)->schema_version(), static_cast<int>(sqlite_migrations().size()));
}

TEST(SqliteStore, RejectsInvalidRowsWithoutLosingOthers) {
  TempDir dir;
  auto s = SqliteStore::open(dir.file("k.db"));
  ASSERT_TRUE(s.has_value());
  ASSERT_TRUE((*s)->record_attempt(sample(1)).has_value());
  Attempt bad = sample(2);
  bad.score = 1.5;  // violates CHECK
  EXPECT_FALSE((*s)->record_attempt(bad).has_value());
  bad = sample(3);
  bad.session_id = 42;  // no such session: foreign key
  EXPECT_FALSE((*s)->record_attempt(bad).has_value());
  EXPECT_EQ((*s)->attempts({})->size(), 1u);
}

TEST(SqliteStore, NotADatabaseAndNewerSchemaAreClearErrors) {
  TempDir dir;
  std::ofstream(dir.file("notes.txt")) << "this is not a database, just text that is long enough to have a header";
  auto s = SqliteStore::open(dir.file("notes.txt"));
  ASSERT_FALSE(s.has_value());
  EXPECT_NE(s.error().message.find("cannot use database"), std::string::npos) << s.error().message;
  EXPECT_NE(s.error().message.find("not a database"), std::string::npos) << s.error().message;

  {
    auto db = sqlite::Db::open(dir.file("future.db"));
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec("PRAGMA user_version = 99").has_value());
  }
  auto f = SqliteStore::open(dir.file("future.db"));
  ASSERT_FALSE(f.has_value());
  EXPECT_NE(f.error().message.find("newer than this kkori understands"), std::string::npos);

  auto nodir = SqliteStore::open("/proc/kkori-cannot-exist/k.db");
  EXPECT_FALSE(nodir.has_value());
}

TEST(SqliteStore, SessionsKeepPlanReportAndTheOpenOneIsFound) {
  TempDir dir;
  auto s = SqliteStore::open(dir.file("k.db"));
  ASSERT_TRUE(s.has_value());
  EXPECT_FALSE((*s)->last_open_session("interview")->has_value());
  Session a;
  a.kind = "interview";
  a.track = "dl-six-round";
  a.started_at_ms = 10;
  a.seed = 77;
  a.plan_json = R"({"rounds":[]})";
  auto id = (*s)->create_session(a);
  ASSERT_TRUE(id.has_value());
  auto open = (*s)->last_open_session("interview");
  ASSERT_TRUE(open.has_value() && open->has_value());
  EXPECT_EQ((*open)->id, *id);
  EXPECT_EQ((*open)->seed, 77u);
  EXPECT_EQ((*open)->plan_json, a.plan_json);
  ASSERT_TRUE((*s)->set_report(*id, R"({"answered":0})").has_value());
  ASSERT_TRUE((*s)->end_session(*id, 20).has_value());
  EXPECT_FALSE((*s)->last_open_session("interview")->has_value());
  EXPECT_EQ((*s)->session(*id)->report_json, R"({"answered":0})");
}

TEST(SqliteStore, QuestionStatsAggregateAttempts) {
  TempDir dir;
  auto s = SqliteStore::open(dir.file("k.db"));
  ASSERT_TRUE(s.has_value());
  for (int i = 0; i < 14; ++i) ASSERT_TRUE((*s)->record_attempt(sample(i)).has_value());
  auto stats = (*s)->question_stats();
  ASSERT_TRUE(stats.has_value());
  ASSERT_EQ(stats->size(), 7u);
  const QuestionStats& q1 = (*stats)[1];  // ml.q1: attempts 1 and 8
  EXPECT_EQ(q1.question_id, "ml.q1");
  EXPECT_EQ(q1.attempts, 2);
  EXPECT_NEAR(q1.mean_score, (0.1 + 0.8) / 2, 1e-9);
  EXPECT_NEAR(q1.last_score, 0.8, 1e-9);
  EXPECT_EQ(q1.last_at_ms, 1'700'000'000'000 + 8);
}

TEST(SqliteStore, UpgradesAVersionOneDatabaseKeepingItsRows) {
  TempDir dir;
  {
    auto db = sqlite::Db::open(dir.file("old.db"));
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->exec(std::string(sqlite_migrations()[0])).has_value());
    ASSERT_TRUE(db->exec("PRAGMA user_version = 1").has_value());
    ASSERT_TRUE(db->exec("INSERT INTO sessions(kind, lang, started_at) VALUES ('drill', 'ko', 5)").has_value());
  }
  auto s = SqliteStore::open(dir.file("old.db"));
  ASSERT_TRUE(s.has_value()) << s.error().message;
  EXPECT_EQ((*s)->schema_version(), static_cast<int>(sqlite_migrations().size()));
  auto old = (*s)->session(1);
  ASSERT_TRUE(old.has_value());
  EXPECT_EQ(old->started_at_ms, 5);
  EXPECT_EQ(old->seed, 0u);
}

// The durability contract: every attempt whose record_attempt() returned survives a SIGKILL
// of the writer, and the database passes integrity_check afterwards.
TEST(SqliteStore, KillNineMidStreamLosesNoReturnedWrite) {
  TempDir dir;
  const std::string path = dir.file("durable.db");
  {
    auto s = SqliteStore::open(path);  // migrate before the race
    ASSERT_TRUE(s.has_value());
  }
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(fds[0]);
    auto s = SqliteStore::open(path);
    if (!s) _exit(3);
    for (int i = 0;; ++i) {
      auto id = (*s)->record_attempt(sample(i));
      if (!id) _exit(4);
      std::int64_t v = *id;
      if (write(fds[1], &v, sizeof v) != sizeof v) _exit(5);
    }
  }
  close(fds[1]);
  std::set<std::int64_t> returned;
  std::int64_t v = 0;
  while (returned.size() < 300 && read(fds[0], &v, sizeof v) == sizeof v) returned.insert(v);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "writer exited early with " << WEXITSTATUS(status);
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  while (read(fds[0], &v, sizeof v) == sizeof v) returned.insert(v);  // ids written before the kill
  close(fds[0]);
  ASSERT_GE(returned.size(), 300u);

  auto s = SqliteStore::open(path);
  ASSERT_TRUE(s.has_value()) << s.error().message;
  auto ok = (*s)->integrity_check();
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(*ok, "ok");
  AttemptFilter all;
  all.limit = 1'000'000;
  auto rows = (*s)->attempts(all);
  ASSERT_TRUE(rows.has_value());
  std::set<std::int64_t> stored;
  for (const auto& a : *rows) stored.insert(a.id);
  for (auto id : returned) EXPECT_TRUE(stored.contains(id)) << "attempt " << id << " returned but was lost";
}

}  // namespace
}  // namespace kkori::store
