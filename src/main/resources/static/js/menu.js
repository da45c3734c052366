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
// On a phone the staff's many menus fold behind one 菜单 button (shown by the style sheet on narrow screens only);
// without this script the header keeps them all in view.
const menuToggle = document.getElementById('menu-toggle');
if (menuToggle) {
	const header = menuToggle.closest('header');
	header.classList.add('collapsible');
	menuToggle.addEventListener('click', () => {
		menuToggle.setAttribute('aria-expanded', String(header.classList.toggle('open')));
	});
}
