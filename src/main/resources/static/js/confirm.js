// Destructive forms carry data-confirm with the question to ask; nothing is sent unless the person agrees.
document.addEventListener('submit', function (event) {
	var question = event.target.getAttribute('data-confirm');
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});
