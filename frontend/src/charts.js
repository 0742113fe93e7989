// Charts for the statistics page, drawn from JSON embedded in the page.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale,
  LineController, LineElement, PointElement, Tooltip,
} from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController,
  LineElement, PointElement, Tooltip, Legend);

function draw(canvas) {
  const spec = JSON.parse(document.getElementById(canvas.dataset.source).textContent);
  const chart = new Chart(canvas, {
    type: spec.type,
    data: { labels: spec.labels, datasets: spec.datasets },
    options: {
      animation: false,
      responsive: true,
      indexAxis: spec.horizontal ? "y" : "x",
      scales: spec.max ? { [spec.horizontal ? "x" : "y"]: { min: 0, max: spec.max } } : {},
      plugins: { legend: { display: spec.datasets.length > 1 } },
    },
  });
  canvas.dataset.rendered = "true";
  return chart;
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("canvas[data-source]").forEach(draw);
});
