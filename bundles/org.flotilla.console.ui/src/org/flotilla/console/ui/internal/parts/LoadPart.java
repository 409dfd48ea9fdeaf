package org.flotilla.console.ui.internal.parts;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.flotilla.console.core.AgentHistory;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.protocol.HistorySeries;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Load as time series (SWTChart). <b>Live</b>: the selected node's CPU, memory or network from its
 * recent window, and the pool as a whole (the mean over ready nodes of their latest samples, one
 * point per update); updates arrive batched, at most once a second. <b>Last hour / day / 30 days</b>:
 * history fetched from the agents in a job (the UI thread only paints), the node's mean with its
 * peaks, and the pool's mean over the agents that answered; agents that did not answer are named.
 */
public class LoadPart {

	/** How many pool-wide points to keep (one per update: about five minutes). */
	static final int POOL_POINTS = 300;
	/** At most this many agents are asked for the pool's history (a sample, evenly spread). */
	static final int POOL_HISTORY_AGENTS = 500;
	/** Family of the history jobs, so tests and shutdown can wait for them. */
	public static final Object HISTORY_FAMILY = new Object();

	private static final String[] RANGES = { "Live", AgentHistory.Range.LAST_HOUR.label(),
			AgentHistory.Range.LAST_DAY.label(), AgentHistory.Range.LAST_30_DAYS.label() };

	@Inject
	private PoolSession session;
	@Inject
	@Optional
	private AgentHistory agentHistory;

	private Chart nodeChart;
	private Chart poolChart;
	private Combo metric;
	private Combo range;
	private Label hint;
	private Node node;
	/** The selected task, charted from its observed usage in the live range; null when a node is selected. */
	private Task task;
	private PoolFollower follower;
	private final Deque<double[]> poolHistory = new ArrayDeque<>(); // {time, cpu, memory, network}
	private Pool shown;

	/** The history on show (history ranges only), and the request it answers. */
	private HistoryView history;
	private Job historyJob;
	private int historyGeneration;

	/** @param task the task whose history {@code nodeSeries} is (cores, bytes), or null for the node's (fractions) */
	private record HistoryView(AgentHistory.Range range, Node node, Task task, HistorySeries nodeSeries, HistorySeries poolSeries,
			int poolAgents, Map<String, String> failures) {
	}

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(5, false);
		barLayout.marginHeight = 0;
		barLayout.marginWidth = 0;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText("Show:");
		metric = new Combo(bar, SWT.READ_ONLY);
		metric.setItems("CPU", "Memory", "Network");
		metric.select(0);
		new Label(bar, SWT.NONE).setText("  Range:");
		range = new Combo(bar, SWT.READ_ONLY);
		range.setItems(RANGES);
		range.select(0);
		range.setToolTipText("Live: the nodes' latest samples. Other ranges: history kept on the agents' disks.");
		hint = new Label(bar, SWT.NONE);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		hint.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		nodeChart = chart(parent, "Selected node");
		poolChart = chart(parent, "Pool");
		metric.addListener(SWT.Selection, e -> redraw());
		range.addListener(SWT.Selection, e -> rangeChanged());

		follower = new PoolFollower(session, parent.getDisplay(), 1000, pool -> {
			if (shown != null && pool != shown) {
				poolHistory.clear(); // a different pool: none of this one's past
				node = null;
				history = null;
			}
			if (poolHistory.isEmpty()) {
				// Opened on a pool that has been reporting for a while: start from what its nodes' windows hold.
				poolHistory.addAll(poolHistoryFromWindows(pool, POOL_POINTS));
			}
			shown = pool;
			if (selectedRange() != null) {
				fetchHistory();
			}
			redraw();
		}, this::sampleAndRedraw);
	}

	private static Chart chart(Composite parent, String title) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.getTitle().setText(title);
		chart.getAxisSet().getXAxis(0).getTitle().setText("time");
		chart.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat("HH:mm:ss"));
		chart.getAxisSet().getYAxis(0).getTitle().setText("");
		chart.getLegend().setVisible(false);
		return chart;
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		Node selectedNode = NodeStackPart.nodeOf(selected);
		if (selectedNode == null && !(selected instanceof Task)) {
			return;
		}
		// A task is charted from its own usage; the history ranges show its node's.
		task = selected instanceof Task selectedTask ? selectedTask : null;
		node = task != null ? task.getNode() : selectedNode; // also when this runs during injection, before the charts exist
		if (nodeChart != null && !nodeChart.isDisposed()) {
			if (selectedRange() != null) {
				fetchHistory();
			}
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
		if (selectedRange() == null) {
			redraw(); // history ranges change only when fetched again
		}
	}

	/** The history range chosen, or null for live. */
	private AgentHistory.Range selectedRange() {
		int index = range == null ? 0 : range.getSelectionIndex();
		return index <= 0 ? null : AgentHistory.Range.values()[index - 1];
	}

	private void rangeChanged() {
		history = null;
		if (selectedRange() != null) {
			fetchHistory();
		} else if (historyJob != null) {
			historyJob.cancel();
		}
		redraw();
	}

	/**
	 * Asks the agents for the chosen range in a job: the selected node's history and the pool's (from
	 * at most {@value #POOL_HISTORY_AGENTS} agents). The answer is shown only if nothing newer was
	 * asked meanwhile.
	 */
	private void fetchHistory() {
		AgentHistory.Range wanted = selectedRange();
		if (wanted == null || agentHistory == null) {
			return;
		}
		if (historyJob != null) {
			historyJob.cancel();
		}
		int generation = ++historyGeneration;
		Node forNode = node;
		Task forTask = task;
		String taskName = forTask == null ? null : forTask.getName();
		List<String> agents = ConnectionService.targetsOf(session.getPool()).stream().map(ConnectionService.Target::nodeName)
				.toList();
		List<String> poolNodes = spread(agents, POOL_HISTORY_AGENTS);
		String nodeName = forNode != null && agents.contains(forNode.getName()) ? forNode.getName() : null;
		Display display = nodeChart.getDisplay();
		historyJob = new Job("Fetching " + wanted.label().toLowerCase() + " of load history") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Asking " + poolNodes.size() + " agents for their history", IProgressMonitor.UNKNOWN);
				try {
					Instant now = Instant.now();
					CompletableFuture<AgentHistory.Fetched> pool = agentHistory.fetch(poolNodes, wanted, now);
					AgentHistory.Fetched fetched = await(pool, monitor);
					if (fetched == null) {
						return Status.CANCEL_STATUS;
					}
					HistorySeries nodeSeries = null;
					Map<String, String> failures = fetched.failures();
					if (taskName != null && nodeName != null) {
						// The task's own series from the agent it runs on (cores and bytes).
						try {
							nodeSeries = await(agentHistory.fetchTask(nodeName, taskName, wanted, now), monitor);
						} catch (RuntimeException e) {
							nodeSeries = null;
						}
						if (nodeSeries == null && !monitor.isCanceled()) {
							failures = new java.util.HashMap<>(failures);
							failures.putIfAbsent(nodeName, "no history of task " + taskName);
						}
					} else if (nodeName != null) {
						nodeSeries = fetched.histories().get(nodeName);
						if (nodeSeries == null && !fetched.failures().containsKey(nodeName)) {
							AgentHistory.Fetched one = await(agentHistory.fetch(List.of(nodeName), wanted, now), monitor);
							nodeSeries = one == null ? null : one.histories().get(nodeName);
						}
					}
					HistorySeries poolSeries = fetched.histories().isEmpty() ? null : AgentHistory.poolMean(fetched.histories().values());
					HistoryView view = new HistoryView(wanted, forNode, forTask, nodeSeries, poolSeries, fetched.histories().size(),
							failures);
					display.asyncExec(() -> {
						if (generation == historyGeneration && !nodeChart.isDisposed()) {
							history = view;
							redraw();
						}
					});
					return Status.OK_STATUS;
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == HISTORY_FAMILY;
			}
		};
		historyJob.setSystem(false);
		historyJob.schedule();
	}

	/** Waits for the agents' answers, giving up when the user cancels. */
	private static <T> T await(CompletableFuture<T> future, IProgressMonitor monitor) {
		while (!monitor.isCanceled()) {
			try {
				return future.get(200, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// still waiting; look at the cancel button again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			} catch (java.util.concurrent.ExecutionException e) {
				return null; // AgentHistory reports failures per node; this does not happen
			}
		}
		future.cancel(true);
		return null;
	}

	/** At most {@code limit} names, evenly spread over the list. */
	static List<String> spread(List<String> names, int limit) {
		if (names.size() <= limit) {
			return names;
		}
		List<String> picked = new java.util.ArrayList<>(limit);
		for (int i = 0; i < limit; i++) {
			picked.add(names.get((int) ((long) i * names.size() / limit)));
		}
		return picked;
	}

	/**
	 * The pool's recent past from the ready nodes' metric windows: per second, the mean of the samples
	 * taken in that second, as {time, cpu, memory, network}; at most {@code limit}, the newest.
	 */
	static List<double[]> poolHistoryFromWindows(Pool pool, int limit) {
		java.util.TreeMap<Long, double[]> seconds = new java.util.TreeMap<>(); // {count, cpu, memory, network, time}
		for (Node each : pool.getAllNodes()) {
			MetricWindow window = each.getMetrics();
			if (window == null || each.getState() != NodeState.READY) {
				continue;
			}
			for (MetricSample sample : window.getSamples()) {
				double[] sum = seconds.computeIfAbsent(sample.getTime() / 1000, t -> new double[5]);
				sum[0]++;
				sum[1] += sample.getCpu();
				sum[2] += sample.getMemory();
				sum[3] += sample.getNetworkRate();
				sum[4] = Math.max(sum[4], sample.getTime());
			}
		}
		List<double[]> points = new java.util.ArrayList<>();
		for (double[] sum : seconds.values()) {
			points.add(new double[] { sum[4], sum[1] / sum[0], sum[2] / sum[0], sum[3] / sum[0] });
		}
		return points.size() > limit ? points.subList(points.size() - limit, points.size()) : points;
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
		AgentHistory.Range wanted = selectedRange();
		if (wanted == null) {
			redrawLive();
		} else {
			redrawHistory(wanted);
		}
		hint.getParent().layout();
	}

	private void redrawLive() {
		int which = metric.getSelectionIndex();
		// A task's samples are in its own units (ControlService.taskUsage): cores and MiB; a node's are fractions.
		String unit = which == 2 ? "bytes/s" : task != null ? (which == 0 ? "cores" : "MiB") : "%";
		MetricWindow window = task != null ? task.getObservedUsage() : node == null ? null : node.getMetrics();
		List<MetricSample> samples = window == null ? List.of() : List.copyOf(window.getSamples());
		Date[] times = new Date[samples.size()];
		double[] values = new double[samples.size()];
		for (int i = 0; i < samples.size(); i++) {
			MetricSample s = samples.get(i);
			times[i] = new Date(s.getTime());
			double scale = task != null ? 1 : 100;
			values[i] = which == 0 ? s.getCpu() * scale : which == 1 ? s.getMemory() * scale : s.getNetworkRate();
		}
		nodeChart.getTitle().setText(task != null ? "Task " + task.getName() + (node == null ? "" : " on " + node.getName())
				+ " \u2014 " + metric.getText() : node == null ? "Selected node: none" : node.getName() + " \u2014 " + metric.getText());
		show(nodeChart, times, values, null, unit, "HH:mm:ss");

		Date[] poolTimes = new Date[poolHistory.size()];
		double[] poolValues = new double[poolHistory.size()];
		int i = 0;
		for (double[] point : poolHistory) {
			poolTimes[i] = new Date((long) point[0]);
			poolValues[i++] = which == 2 ? point[3] : point[1 + which] * 100;
		}
		poolChart.getTitle().setText("Pool \u2014 mean " + metric.getText() + " of ready nodes");
		show(poolChart, poolTimes, poolValues, null, unit, "HH:mm:ss");
		hint.setText(task != null ? samples.size() + " samples of task " + task.getName()
				+ (samples.isEmpty() ? " (its agent reports usage while it runs)" : "")
				: samples.isEmpty() && poolHistory.isEmpty() ? "No live samples yet: they arrive from the nodes' agents."
						: samples.size() + " samples of the selected node");
	}

	private void redrawHistory(AgentHistory.Range wanted) {
		int which = metric.getSelectionIndex();
		String unit = which == 2 ? "bytes/s" : "%";
		HistoryView view = history != null && history.range() == wanted ? history : null;
		HistorySeries nodeSeries = view != null && view.node() == node && view.task() == task ? view.nodeSeries() : null;
		String subject = task != null ? "Task " + task.getName() : node == null ? null : node.getName();
		nodeChart.getTitle().setText(subject == null ? "Selected node: none"
				: subject + " \u2014 " + metric.getText() + ", " + wanted.label().toLowerCase()
						+ (which == 2 ? "" : " (line: mean, dots: peak)"));
		if (task != null) {
			showHistory(nodeChart, nodeSeries, which, which == 0 ? "cores" : which == 1 ? "MiB" : unit, 1, 1.0 / (1024 * 1024));
		} else {
			showHistory(nodeChart, nodeSeries, which, unit);
		}
		HistorySeries poolSeries = view == null ? null : view.poolSeries();
		poolChart.getTitle().setText("Pool \u2014 mean " + metric.getText() + ", " + wanted.label().toLowerCase()
				+ (view == null ? "" : " (" + view.poolAgents() + " agents)"));
		showHistory(poolChart, poolSeries, which, unit);
		if (agentHistory == null) {
			hint.setText("History is not available: no connection service.");
		} else if (view == null || view.node() != node || view.task() != task) {
			hint.setText("Fetching " + wanted.label().toLowerCase() + " from the agents\u2026");
		} else {
			StringBuilder text = new StringBuilder();
			HistorySeries any = nodeSeries != null ? nodeSeries : poolSeries;
			text.append(any == null ? "No history" : any.size() + " points of " + (any.bucketMillis() / 1000 >= 60
					? any.bucketMillis() / 60_000 + " min" : any.bucketMillis() / 1000 + " s"));
			if (node != null && nodeSeries == null) {
				String why = view.failures().get(node.getName());
				text.append("; ").append(node.getName()).append(": ").append(why != null ? why : "no agent (address is not host:port)");
			}
			if (!view.failures().isEmpty()) {
				int silent = view.failures().size();
				text.append("; ").append(silent).append(silent == 1 ? " agent did not answer" : " agents did not answer");
			}
			hint.setText(text.toString());
			hint.setToolTipText(view.failures().isEmpty() ? null : String.join("\n", view.failures().entrySet().stream()
					.map(e -> e.getValue().startsWith(e.getKey()) ? e.getValue() : e.getKey() + ": " + e.getValue()).sorted()
					.toList()));
		}
	}

	private static void showHistory(Chart chart, HistorySeries series, int which, String unit) {
		showHistory(chart, series, which, unit, 100, 100);
	}

	/** Charts a history; the CPU and memory values are multiplied by their scale (100: fractions as percent). */
	private static void showHistory(Chart chart, HistorySeries series, int which, String unit, double cpuScale, double memoryScale) {
		int n = series == null ? 0 : series.size();
		Date[] times = new Date[n];
		double[] values = new double[n];
		double[] peaks = which == 2 ? null : new double[n];
		for (int i = 0; i < n; i++) {
			times[i] = new Date(series.times()[i]);
			switch (which) {
			case 0 -> {
				values[i] = series.cpu()[i] * cpuScale;
				peaks[i] = series.cpuMax()[i] * cpuScale;
			}
			case 1 -> {
				values[i] = series.memory()[i] * memoryScale;
				peaks[i] = series.memoryMax()[i] * memoryScale;
			}
			default -> values[i] = series.network()[i];
			}
		}
		long span = n < 2 ? 0 : series.times()[n - 1] - series.times()[0];
		// Labels that tell the points apart: an agent started ten minutes ago has ten minutes of "last day".
		String format = span < 15 * 60_000L ? "HH:mm:ss" : span < 2 * 86_400_000L ? "HH:mm" : "MM-dd HH:mm";
		show(chart, times, values, peaks, unit, format);
	}

	private static final RGB LOAD_COLOR = new RGB(56, 132, 255);
	private static final RGB PEAK_COLOR = new RGB(232, 98, 54);

	/** Shows the mean line ("load") and, when given, the peaks as dots ("peak"). */
	private static void show(Chart chart, Date[] times, double[] values, double[] peaks, String unit, String timeFormat) {
		ILineSeries<?> line = series(chart, "load");
		line.setXDateSeries(times);
		line.setYSeries(values);
		ILineSeries<?> peak = series(chart, "peak");
		peak.setLineStyle(LineStyle.NONE);
		peak.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
		peak.setSymbolSize(3);
		peak.setSymbolColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		peak.setVisible(peaks != null);
		peak.setXDateSeries(peaks == null ? new Date[0] : times);
		peak.setYSeries(peaks == null ? new double[0] : peaks);
		chart.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat(timeFormat));
		chart.getAxisSet().getYAxis(0).getTitle().setText(unit);
		if (values.length > 0) {
			chart.getAxisSet().adjustRange();
			if ("%".equals(unit)) {
				chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 100));
			}
		}
		chart.redraw();
	}

	private static ILineSeries<?> series(Chart chart, String id) {
		ISeries<?> series = chart.getSeriesSet().getSeries(id);
		if (series == null) {
			series = chart.getSeriesSet().createSeries(SeriesType.LINE, id);
			ILineSeries<?> line = (ILineSeries<?>) series;
			line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
			line.setLineColor(new Color(id.equals("peak") ? PEAK_COLOR : LOAD_COLOR));
			line.setLineWidth(2);
			line.setLineStyle(LineStyle.SOLID);
		}
		return (ILineSeries<?>) series;
	}

	/** The node chart's series values (for tests). */
	public double[] nodeSeries() {
		ISeries<?> series = nodeChart.getSeriesSet().getSeries("load");
		return series == null ? new double[0] : series.getYSeries();
	}

	/** The pool chart's series values (for tests). */
	public double[] poolSeries() {
		ISeries<?> series = poolChart.getSeriesSet().getSeries("load");
		return series == null ? new double[0] : series.getYSeries();
	}

	/** The node chart's time axis, epoch milliseconds (for tests). */
	public long[] nodeTimes() {
		ISeries<?> series = nodeChart.getSeriesSet().getSeries("load");
		double[] x = series == null ? new double[0] : series.getXSeries();
		long[] times = new long[x.length];
		for (int i = 0; i < x.length; i++) {
			times[i] = (long) x[i];
		}
		return times;
	}

	/** Chooses a range as the user does: index 0 is live, then the {@link AgentHistory.Range}s. */
	public void selectRange(int index) {
		range.select(index);
		range.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** The hint line under the selectors (for tests and screenshots). */
	public String hintText() {
		return hint.getText();
	}

	public Node getNode() {
		return node;
	}

	/** The task charted, or null when a node is (for tests). */
	public Task getTask() {
		return task;
	}

	@Focus
	void focus() {
		nodeChart.setFocus();
	}

	@PreDestroy
	void dispose() {
		if (historyJob != null) {
			historyJob.cancel();
		}
		follower.dispose();
	}
}
