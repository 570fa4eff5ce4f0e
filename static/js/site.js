// Progressive enhancement only: every page works without this file.
document.querySelectorAll("[data-copy-url]").forEach((button) => {
  if (!navigator.clipboard) return;
  const status = button.closest(".share-bar").querySelector(".share-status");
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copyUrl);
      status.textContent = button.dataset.copied;
    } catch {
      status.textContent = button.dataset.failed;
    }
  });
});

// Typeahead: title suggestions under search boxes, through a native <datalist>-free list
// so it can link straight to the result. Without JavaScript the form still submits.
document.querySelectorAll("input[data-suggest-url]").forEach((input) => {
  const list = document.createElement("ul");
  list.className = "suggestions";
  list.id = `${input.id}-suggestions`;
  list.hidden = true;
  list.setAttribute("role", "listbox");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list");
  input.after(list);
  let timer;
  let controller;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = input.value.trim();
      if (query.length < 2) {
        list.hidden = true;
        return;
      }
      controller?.abort();
      controller = new AbortController();
      try {
        const url = `${input.dataset.suggestUrl}?q=${encodeURIComponent(query)}`;
        const response = await fetch(url, { signal: controller.signal });
        const data = await response.json();
        list.replaceChildren(
          ...data.suggestions.map((suggestion) => {
            const item = document.createElement("li");
            const link = document.createElement("a");
            link.href = suggestion.url;
            link.textContent = suggestion.title;
            const type = document.createElement("span");
            type.className = "suggestion-type";
            type.textContent = suggestion.type;
            link.append(" ", type);
            item.setAttribute("role", "option");
            item.append(link);
            return item;
          }),
        );
        list.hidden = data.suggestions.length === 0;
      } catch (error) {
        if (error.name !== "AbortError") list.hidden = true;
      }
    }, 200);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") list.hidden = true;
    if (event.key === "ArrowDown" && !list.hidden) {
      event.preventDefault();
      list.querySelector("a")?.focus();
    }
  });
  list.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")];
    const index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown") links[index + 1]?.focus();
    if (event.key === "ArrowUp") (links[index - 1] || input).focus();
    if (event.key === "Escape") {
      list.hidden = true;
      input.focus();
    }
    if (["ArrowDown", "ArrowUp"].includes(event.key)) event.preventDefault();
  });
});

// Menus are <details> and work without this: it closes an open dropdown with Escape (focus
// back on its button), on a click elsewhere, and when another one opens.
const menus = [...document.querySelectorAll(".site-header details")];
const closeMenus = (except) => {
  menus.forEach((menu) => {
    if (menu.open && !menu.contains(except)) menu.open = false;
  });
};
document.querySelectorAll(".submenu").forEach((submenu) => {
  submenu.addEventListener("toggle", () => {
    if (submenu.open) closeMenus(submenu);
  });
});
document.addEventListener("click", (event) => {
  if (!event.target.closest(".site-header details")) closeMenus(null);
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const open = menus.filter((menu) => menu.open && menu.contains(document.activeElement));
  const innermost = open[open.length - 1];
  if (!innermost) return;
  innermost.open = false;
  innermost.querySelector("summary").focus();
});
