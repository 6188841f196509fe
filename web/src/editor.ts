// The code editor of the coding page: CodeMirror 6 with C++ / Python highlighting, line numbers,
// undo history, bracket matching, Tab to indent. Loaded on demand (a dynamic import), so other
// pages do not download it; each language's grammar is its own chunk too.
import { EditorState, type Extension } from '@codemirror/state'
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language'

export type CodeLang = 'cpp' | 'python'

export type CodeEditor = {
  text(): string
  // Replaces the text and the language (a fresh undo history).
  load(text: string, lang: CodeLang): Promise<void>
  focus(): void
  destroy(): void
}

export type EditorHooks = {
  onChange: (text: string) => void
  onRun: () => void // Ctrl/Cmd-Enter
  onSubmit: () => void // Ctrl/Cmd-Shift-Enter
}

const grammar = async (l: CodeLang): Promise<Extension> =>
  l === 'cpp' ? (await import('@codemirror/lang-cpp')).cpp() : (await import('@codemirror/lang-python')).python()

export async function makeEditor(parent: HTMLElement, text: string, lang: CodeLang, hooks: EditorHooks): Promise<CodeEditor> {
  const extensions = (language: Extension): Extension[] => [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    indentOnInput(),
    bracketMatching(),
    indentUnit.of('    '),
    EditorState.tabSize.of(4),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    language,
    keymap.of([
      { key: 'Mod-Enter', run: () => (hooks.onRun(), true) },
      { key: 'Mod-Shift-Enter', run: () => (hooks.onSubmit(), true) },
      ...defaultKeymap,
      ...historyKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) hooks.onChange(u.state.doc.toString())
    }),
    EditorView.contentAttributes.of({ 'aria-label': 'code', 'data-testid': 'code-input' }),
  ]
  const view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions: extensions(await grammar(lang)) }) })
  return {
    text: () => view.state.doc.toString(),
    load: async (t, l) => view.setState(EditorState.create({ doc: t, extensions: extensions(await grammar(l)) })),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  }
}
