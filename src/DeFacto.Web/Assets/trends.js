// The trends chart as a PNG, drawn in the browser: the page's SVG with its computed styles written onto
// each element (so the picture looks as on screen), rendered onto a canvas at twice its size.
// Without JavaScript the button stays hidden; the SVG and CSV links work regardless.
(() => {
  const button = document.getElementById('trends-png');
  const svg = document.getElementById('trends-chart');
  if (!button || !svg) {
    return;
  }

  const properties = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
    'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];
  button.hidden = false;
  button.addEventListener('click', () => {
    const copy = svg.cloneNode(true);
    const source = svg.querySelectorAll('*');
    const target = copy.querySelectorAll('*');
    source.forEach((element, i) => {
      const style = getComputedStyle(element);
      target[i].setAttribute('style', properties.map(p => `${p}:${style.getPropertyValue(p)}`).join(';'));
    });
    const box = svg.viewBox.baseVal;
    const width = box && box.width ? box.width : svg.getBoundingClientRect().width;
    const height = box && box.height ? box.height : svg.getBoundingClientRect().height;
    copy.setAttribute('width', width);
    copy.setAttribute('height', height);
    const text = new XMLSerializer().serializeToString(copy);
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * 2);
      canvas.height = Math.round(height * 2);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const link = document.createElement('a');
      link.download = 'defacto-trends.png';
      link.href = canvas.toDataURL('image/png');
      document.body.appendChild(link);
      link.click();
      link.remove();
    };
    image.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(text)));
  });
})();
