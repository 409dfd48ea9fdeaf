package org.flotilla.model.persistence;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.flotilla.model.MetricSample;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Creates the XMI resources that hold a pool ({@code *.flotilla}). Objects carry UUIDs so that
 * references (a task's node, affinities) survive reordering, and so that two consoles editing one
 * pool can name the same object.
 */
public class PoolResourceFactory extends XMIResourceFactoryImpl {

	/** The file extension of pool files. */
	public static final String EXTENSION = "flotilla";

	/** The SAX feature that makes the parser refuse any DOCTYPE declaration. */
	public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	/**
	 * A pool file is plain XMI: it never needs a DTD, so the parser refuses one outright. That
	 * closes every entity trick at once (external entities that read local files or URLs, entity
	 * expansion bombs) instead of relying on how entities would be resolved.
	 */
	private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
			DISALLOW_DOCTYPE, Boolean.TRUE,
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

	@Override
	public Resource createResource(URI uri) {
		PoolResource resource = new PoolResource(uri);
		resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
		resource.getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
		resource.getDefaultSaveOptions().put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		resource.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		resource.getDefaultLoadOptions().put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
		return resource;
	}

	/**
	 * The resource of one pool file. While loading it remembers the line of every reference that
	 * names an object by URI (an {@code href}) rather than by ID, so that a reference that leads
	 * outside the file can be reported where it is.
	 */
	public static final class PoolResource extends XMIResourceImpl {

		private final Map<EObject, Integer> proxyLines = new IdentityHashMap<>();

		PoolResource(URI uri) {
			super(uri);
		}

		@Override
		protected boolean useUUIDs() {
			return true;
		}

		/**
		 * No class of the pool model has an ID attribute: every object of the pool is in the resource's map of
		 * UUIDs, and an ID not in it is nowhere. EMF would otherwise look for a missing ID by walking every object
		 * of the pool, and a missing ID is the normal case for {@code ChangeApplier}, which checks each object it is
		 * told to create: a console receiving the pool service's changes walked the whole pool for every metric
		 * sample, which at 10,000 nodes it could never keep up with.
		 */
		@Override
		protected boolean useIDAttributes() {
			return false;
		}

		/**
		 * Metric samples get no ID: they are the bulk of a live pool (up to 300 per node and running task, a new
		 * one per report), nothing refers to them, and they travel as {@code LiveSamples} naming their window. A UUID
		 * and two ID-map entries apiece were most of a sample's memory and of the service's model thread at 10,000
		 * agents.
		 */
		@Override
		protected void attachedHelper(EObject eObject) {
			if (!(eObject instanceof MetricSample)) {
				super.attachedHelper(eObject);
			}
		}

		@Override
		protected void detachedHelper(EObject eObject) {
			if (!(eObject instanceof MetricSample)) {
				super.detachedHelper(eObject);
			}
		}

		/** The line of the last load on which {@code proxy} was named, or 0 when unknown. */
		public int lineOf(EObject proxy) {
			return proxyLines.getOrDefault(proxy, 0);
		}

		@Override
		protected XMLLoad createXMLLoad() {
			proxyLines.clear();
			return new XMILoadImpl(createXMLHelper()) {
				@Override
				protected DefaultHandler makeDefaultHandler() {
					return new SAXXMIHandler(resource, helper, options) {
						@Override
						protected void handleProxy(InternalEObject proxy, String uriLiteral) {
							super.handleProxy(proxy, uriLiteral);
							proxyLines.put(proxy, getLineNumber());
						}
					};
				}
			};
		}

		@Override
		protected void doUnload() {
			proxyLines.clear();
			super.doUnload();
		}
	}
}
