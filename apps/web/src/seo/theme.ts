/** The page colour behind the site (globals.css `--bg`): the browser's theme colour and the app icons' ground. */
export const THEME_COLOUR = '#faf6f1';
