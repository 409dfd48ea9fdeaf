package org.flotilla.console.ui.internal.provisioning;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.flotilla.console.ui.ConsoleIds;

/** Provisioning › Profile Editor: brings the Profile Editor to the front (made the first time). */
public class ShowProfileEditorHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(ConsoleIds.PART_PROFILE_EDITOR, EPartService.PartState.ACTIVATE);
	}
}
