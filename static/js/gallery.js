// Photo viewer (templates/includes/photo_viewer.html), progressive enhancement only:
// without this file every thumbnail is a plain link to the large photo. With it, a click
// opens a modal <dialog> with previous/next, a "3 / 12" counter, the caption, arrow keys,
// Escape and swipes; closing returns focus to the thumbnail of the photo last shown.
(() => {
  const SWIPE_DISTANCE = 50;

  function enhance(viewer) {
    const template = viewer.querySelector("template[data-photo-viewer-dialog]");
    const links = [...viewer.querySelectorAll(".photo-link")];
    if (!template || links.length === 0) return;
    const dialog = template.content.firstElementChild.cloneNode(true);
    document.body.append(dialog);
    const image = dialog.querySelector("[data-image]");
    const caption = dialog.querySelector("[data-caption]");
    const counter = dialog.querySelector("[data-counter]");
    const closeButton = dialog.querySelector("[data-close]");
    const photos = links.map((link) => {
      const thumbnail = link.querySelector("img");
      const figcaption = link.closest("figure")?.querySelector("figcaption");
      return {
        link,
        src: link.href,
        width: link.dataset.width,
        height: link.dataset.height,
        alt: thumbnail ? thumbnail.alt : "",
        caption: figcaption ? figcaption.textContent.trim() : "",
      };
    });
    let current = 0;

    function preload(index) {
      const photo = photos[(index + photos.length) % photos.length];
      new Image().src = photo.src;
    }

    function show(index) {
      current = (index + photos.length) % photos.length;
      const photo = photos[current];
      image.removeAttribute("src");
      if (photo.width && photo.height) {
        image.width = Number(photo.width);
        image.height = Number(photo.height);
      }
      image.alt = photo.alt;
      image.src = photo.src;
      caption.textContent = photo.caption;
      caption.hidden = !photo.caption;
      counter.textContent = `${current + 1} / ${photos.length}`;
      if (photos.length > 1) {
        preload(current + 1);
        preload(current - 1);
      }
    }

    function open(index) {
      show(index);
      dialog.showModal();
      document.documentElement.classList.add("photo-dialog-open");
      closeButton.focus();
    }

    links.forEach((link, index) => {
      link.setAttribute("aria-haspopup", "dialog");
      link.addEventListener("click", (event) => {
        // Ctrl/Cmd/Shift-click still opens the photo in a new tab or window.
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        open(index);
      });
    });

    const single = photos.length === 1;
    dialog.querySelectorAll("[data-previous], [data-next]").forEach((button) => {
      button.hidden = single;
    });
    counter.hidden = single;
    dialog.querySelector("[data-previous]").addEventListener("click", () => show(current - 1));
    dialog.querySelector("[data-next]").addEventListener("click", () => show(current + 1));
    closeButton.addEventListener("click", () => dialog.close());

    dialog.addEventListener("keydown", (event) => {
      const moves = { ArrowLeft: -1, ArrowRight: 1 };
      if (event.key in moves && !single) {
        event.preventDefault();
        show(current + moves[event.key]);
      } else if (event.key === "Home" || event.key === "End") {
        event.preventDefault();
        show(event.key === "Home" ? 0 : photos.length - 1);
      }
    });

    // A click on the dark backdrop (the dialog itself, outside its parts) closes it.
    dialog.addEventListener("click", (event) => {
      if (event.target === dialog) dialog.close();
    });

    dialog.addEventListener("close", () => {
      document.documentElement.classList.remove("photo-dialog-open");
      photos[current].link.focus();
    });

    // Swipe left or right on the photo (touch, pen or mouse drag) for the next or previous.
    let start = null;
    image.addEventListener("pointerdown", (event) => {
      start = { x: event.clientX, y: event.clientY };
    });
    image.addEventListener("pointerup", (event) => {
      if (!start || single) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy)) {
        show(current + (dx < 0 ? 1 : -1));
      }
    });
    image.addEventListener("pointercancel", () => {
      start = null;
    });
    // Dragging the picture would start the browser's own image drag instead of a swipe.
    image.addEventListener("dragstart", (event) => event.preventDefault());
  }

  if (typeof HTMLDialogElement !== "function") return;
  document.querySelectorAll("[data-photo-viewer]").forEach(enhance);
})();
