// A chart of the kartlegging, drawn by Apache ECharts as SVG. The server sets the chart's option as JSON; the
// figures are also in a table beside the chart, so the chart itself is hidden from screen readers.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

class SurveyChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizes?: ResizeObserver;
  private pending?: echarts.EChartsCoreOption;

  set option(json: string) {
    this.pending = JSON.parse(json);
    this.draw();
  }

  connectedCallback() {
    // An option set before this element was defined sits on the instance and hides the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const early = (this as unknown as { option: string }).option;
      delete (this as unknown as { option?: string }).option;
      this.option = early;
    }
    this.setAttribute('aria-hidden', 'true');
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.resizes = new ResizeObserver(() => this.chart?.resize());
    this.resizes.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.resizes?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw() {
    if (this.chart && this.pending) {
      this.chart.setOption(this.pending, true);
    }
  }
}

customElements.define('survey-chart', SurveyChart);
