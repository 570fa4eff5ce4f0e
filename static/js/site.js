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
