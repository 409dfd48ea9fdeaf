package org.flotilla.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources that hold a pool ({@code *.flotilla}). Objects carry UUIDs so that
 * references (a task's node, affinities) survive reordering, and so that two consoles editing one
 * pool can name the same object.
 */
public class PoolResourceFactory extends XMIResourceFactoryImpl {

	/** The file extension of pool files. */
	public static final String EXTENSION = "flotilla";

	@Override
	public Resource createResource(URI uri) {
		XMIResourceImpl resource = new XMIResourceImpl(uri) {
			@Override
			protected boolean useUUIDs() {
				return true;
			}
		};
		resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
		resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
		resource.getDefaultSaveOptions().put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		resource.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return resource;
	}
}
