// One menu open at a time, and Esc or a click elsewhere closes it: the menus are <details>, which keep working
// without this script (keyboard: Tab to a menu's title, Enter to open it).
document.addEventListener('click', (event) => {
	document.querySelectorAll('details.menu[open]').forEach((menu) => {
		if (!menu.contains(event.target)) {
			menu.removeAttribute('open');
		}
	});
});
document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') {
		document.querySelectorAll('details.menu[open]').forEach((menu) => menu.removeAttribute('open'));
	}
});
