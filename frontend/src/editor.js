// The code editor: CodeMirror 6 with Python highlighting, mounted over a <textarea>.
// The textarea stays in the form, so the page still submits with JavaScript off.
import { basicSetup, EditorView } from "codemirror";
import { indentWithTab } from "@codemirror/commands";
import { keymap } from "@codemirror/view";
import { python } from "@codemirror/lang-python";

function mount(textarea) {
  const form = textarea.form;
  const submitWith = (name) => () => {
    const button = form && form.querySelector(`button[name="action"][value="${name}"]`);
    if (button) button.click();
    return true;
  };
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      basicSetup,
      python(),
      keymap.of([
        { key: "Mod-Enter", run: submitWith("submit") },
        { key: "Mod-'", run: submitWith("run") },
        indentWithTab,
      ]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) textarea.value = update.state.doc.toString();
      }),
      EditorView.contentAttributes.of({ "aria-label": textarea.getAttribute("aria-label") || "Code editor" }),
    ],
  });
  textarea.style.display = "none";
  textarea.insertAdjacentElement("afterend", view.dom);
  textarea.mldojoEditor = view;
}

function mountAll() {
  document.querySelectorAll("textarea[data-editor='python']").forEach((t) => {
    if (!t.mldojoEditor) mount(t);
  });
}

document.addEventListener("DOMContentLoaded", mountAll);
document.addEventListener("htmx:afterSwap", mountAll);
