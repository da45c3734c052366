// Destructive forms carry data-confirm with the question to ask (on the form, or on the one
// button of several that is destructive); nothing is sent unless the person agrees. The
// listener runs in the capture phase and stops the event, so that a form htmx sends (which
// listens on the form itself) is held back as well as a plain one.
document.addEventListener('submit', function (event) {
	var button = event.submitter;
	var question = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
	if (question && !window.confirm(question)) {
		event.preventDefault();
		event.stopImmediatePropagation();
	}
}, true);
