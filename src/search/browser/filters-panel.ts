// On wide screens the filters are a sidebar, always open; on narrow ones a disclosure above the results.
// The breakpoint is the stylesheet's for the search layout (src/site/assets/style.css).
const WIDE = "(min-width: 52rem)";

export function placeFiltersPanel(panel: HTMLDetailsElement): void {
  const wide = window.matchMedia(WIDE);
  const place = () => {
    panel.open = wide.matches;
  };
  place();
  wide.addEventListener("change", place);
  panel.querySelector("summary")?.addEventListener("click", (event) => {
    if (wide.matches) event.preventDefault();
  });
}
