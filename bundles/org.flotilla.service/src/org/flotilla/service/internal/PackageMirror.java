package org.flotilla.service.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flotilla.model.LayerKind;
import org.flotilla.model.ParameterType;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.PoolPackage.Literals;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.packages.Layer;
import org.flotilla.packages.PackageManifest;
import org.flotilla.packages.PackageRepository;

/**
 * The pool service's package repository ({@code packages.dir}) mirrored into {@code pool.packages}: one
 * {@link SoftwarePackage} per archive served, with the manifest's layer, title, checksum, size and typed parameters.
 * A package whose archive left the repository (removed, or no longer served because its checksum changed) leaves the
 * pool, unless a profile (or a stack parameter, through its definition) uses it: then it stays, without a checksum (the
 * planner says "not in the pool's repository"), and a problem is returned for the log. Packages without a checksum (a
 * pool file's own, like the sample pools') never came from the repository and are left alone. Only what differs is written, so a rescan that finds nothing new changes
 * nothing in the pool's journal.
 */
public final class PackageMirror {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	/** An archive the repository serves, with its manifest (read off the model thread). */
	public record Served(PackageRepository.Entry entry, PackageManifest manifest) {
	}

	private PackageMirror() {
	}

	/** Reads the manifests of what {@code repository} serves now (not on the model thread: it opens every archive). */
	public static List<Served> served(PackageRepository repository, List<String> problems) {
		List<Served> served = new ArrayList<>();
		for (PackageRepository.Entry entry : repository.all()) {
			try {
				served.add(new Served(entry, entry.open().manifest()));
			} catch (IOException e) {
				problems.add(entry.fileName() + ": " + e.getMessage() + " (not served)");
			}
		}
		return served;
	}

	/**
	 * Makes {@code pool.packages} what {@code served} says (model thread).
	 *
	 * @return problems to log (packages kept for a profile although their archive is gone)
	 */
	public static List<String> mirror(Pool pool, List<Served> served) {
		List<String> problems = new ArrayList<>();
		Map<String, SoftwarePackage> existing = new HashMap<>();
		for (SoftwarePackage p : pool.getPackages()) {
			existing.putIfAbsent(p.getName() + " " + p.getVersion(), p);
		}
		for (Served s : served) {
			PackageManifest m = s.manifest();
			SoftwarePackage p = existing.remove(m.name() + " " + m.version());
			if (p == null) {
				p = F.createSoftwarePackage();
				p.setName(m.name());
				p.setVersion(m.version().toString());
				pool.getPackages().add(p);
			}
			set(p, Literals.SOFTWARE_PACKAGE__LAYER, layer(m.layer()));
			set(p, Literals.SOFTWARE_PACKAGE__TITLE, m.title());
			set(p, Literals.SOFTWARE_PACKAGE__SHA256, s.entry().sha256());
			set(p, Literals.SOFTWARE_PACKAGE__SIZE_BYTES, s.entry().size());
			parameters(p, m);
		}
		for (SoftwarePackage gone : existing.values()) {
			if (gone.getSha256() == null) {
				continue; // not from the repository (a pool file's own, or kept already): not the mirror's to remove
			}
			List<String> users = pool.getProfiles().stream()
					.filter(profile -> profile.getEntries().stream().map(ProfileEntry::getSoftwarePackage).anyMatch(gone::equals))
					.map(profile -> "profile '" + profile.getName() + "'").collect(java.util.stream.Collectors.toCollection(ArrayList::new));
			if (users.isEmpty() && referenced(gone, pool)) {
				users.add("stack parameters");
			}
			if (users.isEmpty()) {
				EcoreUtil.remove(gone);
			} else {
				problems.add("package " + gone.getName() + " " + gone.getVersion() + " is no longer in the repository but "
						+ String.join(", ", users) + " use it: kept in the pool, not installable until its archive is back");
				set(gone, Literals.SOFTWARE_PACKAGE__SHA256, null);
			}
		}
		return problems;
	}

	/** Whether anything in the pool refers to {@code p} or to one of its parameter definitions (a stack parameter does). */
	private static boolean referenced(SoftwarePackage p, Pool pool) {
		List<EObject> targets = new ArrayList<>(p.getParameters());
		targets.add(p);
		return !EcoreUtil.UsageCrossReferencer.findAll(targets, pool).isEmpty();
	}

	/** The manifest's parameters, updated in place (stack parameters refer to their definitions). */
	private static void parameters(SoftwarePackage p, PackageManifest m) {
		Map<String, org.flotilla.model.ParameterDefinition> old = new HashMap<>();
		for (org.flotilla.model.ParameterDefinition d : p.getParameters()) {
			old.putIfAbsent(d.getName(), d);
		}
		List<org.flotilla.model.ParameterDefinition> wanted = new ArrayList<>();
		for (org.flotilla.packages.ParameterDefinition d : m.parameters()) {
			org.flotilla.model.ParameterDefinition md = old.remove(d.name());
			if (md == null) {
				md = F.createParameterDefinition();
				md.setName(d.name());
			}
			set(md, Literals.PARAMETER_DEFINITION__TYPE, switch (d.type()) {
			case INT -> ParameterType.INTEGER;
			case SIZE -> ParameterType.SIZE;
			case BOOLEAN -> ParameterType.BOOLEAN;
			case ENUM -> ParameterType.CHOICE;
			case STRING -> ParameterType.STRING;
			});
			set(md, Literals.PARAMETER_DEFINITION__DESCRIPTION, d.description().isEmpty() ? null : d.description());
			set(md, Literals.PARAMETER_DEFINITION__DEFAULT_VALUE, d.defaultValue());
			set(md, Literals.PARAMETER_DEFINITION__MINIMUM, d.min() == null ? null : d.min().doubleValue());
			set(md, Literals.PARAMETER_DEFINITION__MAXIMUM, d.max() == null ? null : d.max().doubleValue());
			set(md, Literals.PARAMETER_DEFINITION__PATTERN, d.pattern());
			set(md, Literals.PARAMETER_DEFINITION__OVERRIDABLE, d.overridable());
			if (!md.getAllowedValues().equals(d.values())) {
				md.getAllowedValues().clear();
				md.getAllowedValues().addAll(d.values());
			}
			wanted.add(md);
		}
		if (!p.getParameters().equals(wanted)) {
			p.getParameters().retainAll(wanted);
			for (int i = 0; i < wanted.size(); i++) {
				org.flotilla.model.ParameterDefinition md = wanted.get(i);
				int at = p.getParameters().indexOf(md);
				if (at < 0) {
					p.getParameters().add(i, md);
				} else if (at != i) {
					p.getParameters().move(i, at);
				}
			}
		}
	}

	private static LayerKind layer(Layer layer) {
		return switch (layer) {
		case OS_TUNING -> LayerKind.OPERATING_SYSTEM;
		case MIDDLEWARE -> LayerKind.MIDDLEWARE;
		case APPLICATION -> LayerKind.APPLICATION;
		};
	}

	private static void set(EObject object, EStructuralFeature feature, Object value) {
		if (!Objects.equals(object.eGet(feature), value)) {
			object.eSet(feature, value);
		}
	}
}
