// LàngSố's only shared script: small progressive enhancements; every page works without it.
document.addEventListener('click', function (event) {
  var printButton = event.target.closest('[data-action="print"]');
  if (printButton) { window.print(); }
});
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) { event.preventDefault(); }
});
// Registration: offer only the villages of the chosen commune.
document.addEventListener('change', function (event) {
  if (event.target.id !== 'communeId') { return; }
  var villages = document.getElementById('villageId');
  if (!villages) { return; }
  Array.prototype.forEach.call(villages.options, function (option) {
    var commune = option.getAttribute('data-commune');
    option.hidden = commune !== null && commune !== event.target.value;
  });
  villages.value = '';
});
