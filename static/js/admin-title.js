// Long titles wrap: the single-line title input of the page and snippet editors becomes
// an auto-growing textarea (Wagtail styles a title textarea like the input, and its
// w-autosize controller grows it). A title stays one line: Enter and pasted line breaks
// become nothing or a space. Without JavaScript the plain input still works.
(() => {
  const upgrade = (input) => {
    const textarea = document.createElement("textarea");
    for (const { name, value } of input.attributes) {
      if (name !== "type" && name !== "value") textarea.setAttribute(name, value);
    }
    textarea.value = input.value;
    textarea.rows = 1;
    textarea.classList.add("w-field__autosize");
    textarea.dataset.controller = `${textarea.dataset.controller || ""} w-autosize`.trim();
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault();
    });
    textarea.addEventListener("input", () => {
      if (/[\r\n]/.test(textarea.value)) {
        textarea.value = textarea.value.replace(/\s*[\r\n]+\s*/g, " ");
      }
    });
    input.replaceWith(textarea);
  };
  document.querySelectorAll(".w-panel.title input[type='text']").forEach(upgrade);
})();
