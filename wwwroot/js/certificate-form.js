// Shows the stars a typed score earns (bands of Decision 148: 50, 70, 90) beside the score field, as staff type.
// The server decides again on submit; this is only a reading aid, and the page works without it.
(() => {
  const score = document.getElementById("score");
  const output = document.getElementById("score-stars");
  if (!score || !output) {
    return;
  }

  const show = () => {
    const text = score.value.trim().replace(",", ".");
    const value = /^[0-9]{1,3}(\.[0-9]{1,4})?$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(value) || value > 100) {
      output.textContent = "";
    } else if (value >= 90) {
      output.textContent = output.dataset.stars5;
    } else if (value >= 70) {
      output.textContent = output.dataset.stars4;
    } else if (value >= 50) {
      output.textContent = output.dataset.stars3;
    } else {
      output.textContent = output.dataset.notCertifiable;
    }
  };

  score.addEventListener("input", show);
})();
