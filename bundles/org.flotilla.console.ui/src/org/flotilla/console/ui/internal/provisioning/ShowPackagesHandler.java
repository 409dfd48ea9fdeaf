package org.flotilla.console.ui.internal.provisioning;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.flotilla.console.ui.ConsoleIds;

/** Provisioning › Packages: brings the Packages part to the front (made the first time). */
public class ShowPackagesHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(ConsoleIds.PART_PACKAGES, EPartService.PartState.ACTIVATE);
	}
}
