// The one module that imports ECharts (its ES module build, from the webjar; the CSP allows
// scripts from this origin only). A Chart draws one option on the canvas renderer in the
// current language's ECharts locale, follows its box's size, and reports clicks on data.

import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import { language } from '../shared/i18n.js';

export class Chart {
  /** box: the element to draw in; onClick(params): a click on a bar, point or funnel part. */
  constructor(box, onClick = null) {
    this.box = box;
    this.onClick = onClick;
    this.instance = null;
    this.locale = null;
    this.option = null;
    // The box's size follows the window and the layout (one column on phones, two on desks).
    new ResizeObserver(() => this.instance && this.instance.resize()).observe(box);
  }

  /** Draws option, replacing whatever was drawn; a language change starts a new instance. */
  show(option) {
    const locale = language() === 'en' ? 'EN' : 'ZH';
    if (this.instance && this.locale !== locale) {
      this.instance.dispose();
      this.instance = null;
    }
    if (!this.instance) {
      this.instance = echarts.init(this.box, null, { renderer: 'canvas', locale });
      this.locale = locale;
      if (this.onClick) this.instance.on('click', (params) => this.onClick(params));
      this.instance.on('finished', () => {
        this.box.dataset.rendered = 'true';
      });
    }
    this.option = option;
    this.instance.setOption(option, true);
    this.box.dataset.series = String((option.series || []).length);
  }

  /**
   * Client coordinates of the middle of bar dataIndex of series seriesId in a stacked
   * horizontal bar chart (for tests, which then click there like a user), or null.
   */
  barPoint(seriesId, dataIndex) {
    const series = (this.option && this.option.series) || [];
    const at = series.findIndex((s) => s.id === seriesId);
    if (!this.instance || at < 0) return null;
    const before = series.slice(0, at).filter((s) => s.stack === series[at].stack)
      .reduce((sum, s) => sum + (Number(s.data[dataIndex]) || 0), 0);
    const value = Number(series[at].data[dataIndex]) || 0;
    const [x, y] = this.instance.convertToPixel({ gridIndex: 0 }, [before + value / 2, dataIndex]);
    const [start] = this.instance.convertToPixel({ gridIndex: 0 }, [before, dataIndex]);
    const rect = this.box.getBoundingClientRect();
    return { x: Math.round(rect.left + x), y: Math.round(rect.top + y), width: Math.abs(x - start) * 2 };
  }
}
