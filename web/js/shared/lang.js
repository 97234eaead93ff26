// Applies the current language to the page: <html lang>, the title (key in <html
// data-page-title>, else app.title), every element marked with
// data-i18n (text), data-i18n-placeholder, data-i18n-title and data-i18n-aria-label, and the
// toggle button. The choice is remembered in localStorage.

import { t, language, setLanguage, onLanguageChange, DEFAULT_LANGUAGE } from './i18n.js';

const STORAGE_KEY = 'housesafe.lang';

function stored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

const ATTRIBUTES = [['i18nPlaceholder', 'placeholder'], ['i18nTitle', 'title'], ['i18nAriaLabel', 'aria-label']];

export function applyLanguage(root = document) {
  document.documentElement.lang = language();
  document.title = t(document.documentElement.dataset.pageTitle || 'app.title');
  // The toggle names the other language, in that language.
  document.getElementById('lang-toggle')?.setAttribute('lang', language() === 'en' ? 'zh-CN' : 'en');
  root.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = t(node.dataset.i18n);
  });
  for (const [data, attr] of ATTRIBUTES) {
    root.querySelectorAll(`[data-${data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`).forEach((node) => {
      node.setAttribute(attr, t(node.dataset[data]));
    });
  }
}

/** Reads the saved language, applies it, and wires the toggle button. */
export function initLanguage(toggle) {
  setLanguage(stored() || DEFAULT_LANGUAGE);
  applyLanguage();
  onLanguageChange((lang) => {
    store(lang);
    applyLanguage();
  });
  toggle.addEventListener('click', () => setLanguage(language() === 'en' ? 'zh-CN' : 'en'));
}
