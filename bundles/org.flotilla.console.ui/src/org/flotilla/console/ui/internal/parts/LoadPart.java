package org.flotilla.console.ui.internal.parts;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Live load as time series (SWTChart): the selected node's CPU, memory or network from its recent
 * window, and the pool as a whole (the mean over ready nodes of their latest samples, one point per
 * update). Updates arrive batched, at most once a second.
 */
public class LoadPart {

	/** How many pool-wide points to keep (one per update: about five minutes). */
	static final int POOL_POINTS = 300;

	@Inject
	private PoolSession session;

	private Chart nodeChart;
	private Chart poolChart;
	private Combo metric;
	private Label hint;
	private Node node;
	private PoolFollower follower;
	private final Deque<double[]> poolHistory = new ArrayDeque<>(); // {time, cpu, memory, network}
	private Pool shown;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(3, false);
		barLayout.marginHeight = 0;
		barLayout.marginWidth = 0;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText("Show:");
		metric = new Combo(bar, SWT.READ_ONLY);
		metric.setItems("CPU", "Memory", "Network");
		metric.select(0);
		hint = new Label(bar, SWT.NONE);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		nodeChart = chart(parent, "Selected node");
		poolChart = chart(parent, "Pool");
		metric.addListener(SWT.Selection, e -> redraw());

		follower = new PoolFollower(session, parent.getDisplay(), 1000, pool -> {
			if (shown != null && pool != shown) {
				poolHistory.clear(); // a different pool: its history starts now
				node = null;
			}
			shown = pool;
			redraw();
		}, this::sampleAndRedraw);
	}

	private static Chart chart(Composite parent, String title) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setText("time");
		chart.getAxisSet().getXAxis(0).getTick().setFormat(new java.text.SimpleDateFormat("HH:mm:ss"));
		chart.getAxisSet().getYAxis(0).getTitle().setText("");
		chart.getLegend().setVisible(false);
		return chart;
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		Node selectedNode = NodeStackPart.nodeOf(selected);
		if (selectedNode == null) {
			return;
		}
		node = selectedNode; // also when this runs during injection, before the charts exist
		if (nodeChart != null && !nodeChart.isDisposed()) {
			redraw();
		}
	}

	private void sampleAndRedraw() {
		if (nodeChart.isDisposed()) {
			return;
		}
		double[] point = poolPoint(session.getPool());
		if (point != null && (poolHistory.isEmpty() || poolHistory.peekLast()[0] < point[0])) {
			poolHistory.addLast(point);
			while (poolHistory.size() > POOL_POINTS) {
				poolHistory.removeFirst();
			}
		}
		redraw();
	}

	/** Mean of the ready nodes' latest samples: {time, cpu, memory, network}, or null without data. */
	static double[] poolPoint(Pool pool) {
		double cpu = 0;
		double memory = 0;
		double network = 0;
		long time = 0;
		int count = 0;
		for (Node each : pool.getAllNodes()) {
			MetricSample last = TopologyCanvas.latest(each);
			if (last != null && each.getState() == NodeState.READY) {
				cpu += last.getCpu();
				memory += last.getMemory();
				network += last.getNetworkRate();
				time = Math.max(time, last.getTime());
				count++;
			}
		}
		return count == 0 ? null : new double[] { time, cpu / count, memory / count, network / count };
	}

	private void redraw() {
		int which = metric.getSelectionIndex();
		String unit = which == 2 ? "bytes/s" : "%";
		MetricWindow window = node == null ? null : node.getMetrics();
		List<MetricSample> samples = window == null ? List.of() : List.copyOf(window.getSamples());
		Date[] times = new Date[samples.size()];
		double[] values = new double[samples.size()];
		for (int i = 0; i < samples.size(); i++) {
			MetricSample s = samples.get(i);
			times[i] = new Date(s.getTime());
			values[i] = which == 0 ? s.getCpu() * 100 : which == 1 ? s.getMemory() * 100 : s.getNetworkRate();
		}
		nodeChart.getTitle().setText(node == null ? "Selected node: none" : node.getName() + " \u2014 " + metric.getText());
		show(nodeChart, times, values, unit, new RGB(56, 132, 255));

		Date[] poolTimes = new Date[poolHistory.size()];
		double[] poolValues = new double[poolHistory.size()];
		int i = 0;
		for (double[] point : poolHistory) {
			poolTimes[i] = new Date((long) point[0]);
			poolValues[i++] = which == 2 ? point[3] : point[1 + which] * 100;
		}
		poolChart.getTitle().setText("Pool \u2014 mean " + metric.getText() + " of ready nodes");
		show(poolChart, poolTimes, poolValues, unit, new RGB(46, 160, 67));
		hint.setText(samples.isEmpty() && poolHistory.isEmpty()
				? "No live samples yet: they arrive from the nodes' agents." : samples.size() + " samples of the selected node");
		hint.getParent().layout();
	}

	private static void show(Chart chart, Date[] times, double[] values, String unit, RGB color) {
		ISeries<?> series = chart.getSeriesSet().getSeries("load");
		if (series == null) {
			series = chart.getSeriesSet().createSeries(SeriesType.LINE, "load");
			ILineSeries<?> line = (ILineSeries<?>) series;
			line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
			line.setLineColor(new Color(color));
			line.setLineWidth(2);
			line.setLineStyle(LineStyle.SOLID);
		}
		series.setXDateSeries(times);
		series.setYSeries(values);
		chart.getAxisSet().getYAxis(0).getTitle().setText(unit);
		if (values.length > 0) {
			chart.getAxisSet().adjustRange();
			if (!"bytes/s".equals(unit)) {
				chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 100));
			}
		}
		chart.redraw();
	}

	/** The node chart's series values (for tests). */
	public double[] nodeSeries() {
		ISeries<?> series = nodeChart.getSeriesSet().getSeries("load");
		return series == null ? new double[0] : series.getYSeries();
	}

	public Node getNode() {
		return node;
	}

	@Focus
	void focus() {
		nodeChart.setFocus();
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
	}
}
