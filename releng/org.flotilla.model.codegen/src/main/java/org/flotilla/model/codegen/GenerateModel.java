package org.flotilla.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the Java code of {@code org.flotilla.model} from {@code model/flotilla.ecore} and
 * {@code model/flotilla.genmodel}, on a plain JVM.
 *
 * <p>The generator always writes into a scratch project folder; only {@code src-gen/} (replaced
 * whole, so classes removed from the .ecore disappear) and the reconciled {@code .genmodel} are
 * copied back. That keeps hand-written files of the bundle (MANIFEST.MF, plugin.xml,
 * build.properties) out of the generator's reach.
 */
public final class GenerateModel {

	static final String PROJECT = "org.flotilla.model";
	static final String GENMODEL = "model/flotilla.genmodel";
	static final String ECORE = "model/flotilla.ecore";

	private GenerateModel() {
	}

	/** Usage: {@code GenerateModel <bundle folder>}: regenerates that bundle's src-gen in place. */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: GenerateModel <path to bundles/org.flotilla.model>");
			System.exit(2);
		}
		Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
		Path scratch = Files.createTempDirectory("flotilla-codegen");
		try {
			String genModelXml = generate(bundle, scratch);
			deleteTree(bundle.resolve("src-gen"));
			copyTree(scratch.resolve("src-gen"), bundle.resolve("src-gen"));
			Files.writeString(bundle.resolve(GENMODEL), genModelXml);
			System.out.println("Regenerated " + bundle.resolve("src-gen"));
		} finally {
			deleteTree(scratch);
		}
	}

	/**
	 * Generates the model code of the bundle at {@code bundle} into {@code scratch/src-gen}.
	 *
	 * @return the reconciled .genmodel, as it should be committed
	 */
	public static String generate(Path bundle, Path scratch) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

		// The genmodel speaks of platform:/resource/org.flotilla.model/...: sources come from the
		// bundle, everything the generator writes goes to the scratch folder.
		URI projectUri = URI.createPlatformResourceURI("/" + PROJECT, true);
		Map<URI, URI> uriMap = URIConverter.URI_MAP;
		uriMap.put(projectUri.appendSegment("model").appendSegment(""), folderUri(bundle.resolve("model")));
		uriMap.put(projectUri.appendSegment(""), folderUri(scratch));

		URI genModelUri = projectUri.appendSegments(GENMODEL.split("/"));
		GenModel settings = (GenModel) load(resourceSet, genModelUri);
		EPackage ePackage = (EPackage) load(resourceSet, projectUri.appendSegments(ECORE.split("/")));

		// Rebuild the genmodel from the .ecore and carry the committed settings over, as EMF's
		// importers do, so a class added to the .ecore needs no manual genmodel edit.
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(List.of(ePackage));
		genModel.reconcile(settings);
		genModel.getForeignModel().clear();
		genModel.getForeignModel().add("flotilla.ecore");
		Resource genResource = settings.eResource();
		genResource.getContents().set(0, genModel);
		genModel.setCanGenerate(true);

		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("The genmodel is not valid: " + valid);
		}

		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("Code generation failed: " + result);
		}

		java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
		genResource.save(xml, Map.of());
		return xml.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Object load(ResourceSet resourceSet, URI uri) {
		Resource resource = resourceSet.getResource(uri, true);
		return resource.getContents().get(0);
	}

	private static URI folderUri(Path folder) {
		return URI.createFileURI(folder.toAbsolutePath().toString()).appendSegment("");
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}
}
