package org.flotilla.console.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.emf.common.util.Diagnostic;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.model.validation.PoolDiagnostician;

import jakarta.inject.Named;

/** Edit › Validate Pool: every problem of the whole pool in one list. */
public class ValidateHandler {
	@Execute
	void execute(PoolSession session, @org.eclipse.e4.core.di.annotations.Optional @Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell activeShell) {
		Shell shell = Dialogs.shell(activeShell);
		Diagnostic result = PoolDiagnostician.check(session.getPool());
		List<String> problems = result.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.WARNING)
				.map(Diagnostic::getMessage).toList();
		if (problems.isEmpty()) {
			MessageDialog.openInformation(shell, "Pool is valid", "No problems found in " + session.getPool().getAllNodes().size()
					+ " nodes and " + session.getPool().getTasks().size() + " tasks.");
		} else {
			int shown = Math.min(25, problems.size());
			MessageDialog.openWarning(shell, problems.size() + " problems", String.join("\n", problems.subList(0, shown))
					+ (shown < problems.size() ? "\n\u2026 and " + (problems.size() - shown) + " more" : ""));
		}
	}
}
