package org.flotilla.console.ui.internal.audit;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.flotilla.console.ui.ConsoleIds;

/** Audit › Show Audit: brings the Audit part to the front (made the first time), which asks for the newest entries. */
public class ShowAuditHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(ConsoleIds.PART_AUDIT, EPartService.PartState.ACTIVATE);
	}
}
