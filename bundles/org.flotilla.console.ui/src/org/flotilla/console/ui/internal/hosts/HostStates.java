package org.flotilla.console.ui.internal.hosts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Display;
import org.flotilla.console.core.hosts.AddServers;
import org.flotilla.console.core.hosts.HostEntry;

/**
 * The hosts' latest states as workers report them, shown in a table: workers only record, and one refresh at a time
 * is queued to the UI thread, so a burst of steps from many hosts costs one repaint.
 */
final class HostStates implements AddServers.Listener {

	private final Map<String, AddServers.HostState> latest = new LinkedHashMap<>();
	private final AtomicBoolean queued = new AtomicBoolean();
	private final TableViewer table;
	private final Runnable afterRefresh;

	HostStates(TableViewer table, Runnable afterRefresh) {
		this.table = table;
		this.afterRefresh = afterRefresh;
	}

	/** Starts over with these hosts, all waiting. */
	synchronized void reset(List<HostEntry> hosts) {
		latest.clear();
		for (HostEntry host : hosts) {
			latest.put(host.nodeName(), new AddServers.HostState(host, AddServers.Phase.WAITING, "", null, null, null, List.of()));
		}
		queue();
	}

	@Override
	public void changed(AddServers.HostState state) {
		synchronized (this) {
			latest.put(state.host().nodeName(), state);
		}
		queue();
	}

	synchronized List<AddServers.HostState> all() {
		return new ArrayList<>(latest.values());
	}

	private void queue() {
		Display display = table.getControl().isDisposed() ? null : table.getControl().getDisplay();
		if (display == null || !queued.compareAndSet(false, true)) {
			return;
		}
		display.asyncExec(() -> {
			queued.set(false);
			if (!table.getControl().isDisposed()) {
				table.setInput(all());
				afterRefresh.run();
			}
		});
	}
}
