package org.flotilla.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.service.Enrollment;

/**
 * What enrollment does to the pool model (model thread): a node awaited with a token is in the pool as
 * {@code enrolling}, placed in its site and rack, and turns {@code ready} once its agent, dialled with its new
 * certificate, has reported.
 */
public final class EnrollingNodes {

	/** The group of nodes enrolled with neither site nor rack. */
	public static final String UNPLACED_GROUP = "enrolled";

	private EnrollingNodes() {
	}

	/**
	 * Puts the node {@code request} names in the pool as enrolling: a new node, or the one of that name while it is
	 * still enrolling (its address, labels and place updated).
	 *
	 * @throws IllegalStateException when a node of that name is in the pool in another state
	 */
	public static Node place(Pool pool, Enrollment.TokenRequest request) {
		Node node = null;
		for (Node existing : pool.getAllNodes()) {
			if (existing.getName().equals(request.node())) {
				node = existing;
			}
		}
		if (node != null && node.getState() != NodeState.ENROLLING) {
			throw new IllegalStateException("node " + request.node() + " is in the pool already ("
					+ node.getState().getLiteral() + "): only a node still enrolling gets a new token");
		}
		Group group = groupFor(pool, request.site(), request.rack());
		if (node == null) {
			node = PoolFactory.eINSTANCE.createNode();
			node.setName(request.node());
			node.setState(NodeState.ENROLLING);
		}
		node.setAddress(request.address());
		if (!node.getLabels().equals(request.labels())) {
			node.getLabels().clear();
			node.getLabels().addAll(request.labels());
		}
		if (node.eContainer() != group) {
			group.getNodes().add(node);
		}
		return node;
	}

	/** The site (top level) and rack (in the site, or top level without one) groups, made where missing. */
	private static Group groupFor(Pool pool, String site, String rack) {
		if (site == null && rack == null) {
			return child(pool.getGroups(), UNPLACED_GROUP, GroupKind.OTHER);
		}
		Group siteGroup = site == null ? null : child(pool.getGroups(), site, GroupKind.SITE);
		if (rack == null) {
			return siteGroup;
		}
		return child(siteGroup == null ? pool.getGroups() : siteGroup.getGroups(), rack, GroupKind.RACK);
	}

	private static Group child(EList<Group> groups, String name, GroupKind kind) {
		for (Group group : groups) {
			if (name.equals(group.getName()) && group.getKind() == kind) {
				return group;
			}
		}
		Group made = PoolFactory.eINSTANCE.createGroup();
		made.setName(name);
		made.setKind(kind);
		groups.add(made);
		return made;
	}

	/**
	 * Turns ready the enrolling nodes whose agent has reported (it was dialled with a certificate the pool CA signed
	 * for that node, so it is enrolled), except those {@code awaiting} a token still (a re-enrollment not done yet).
	 *
	 * @return the names of the nodes turned ready
	 */
	public static List<String> promoteReported(Pool pool, Set<String> awaiting) {
		List<String> promoted = new ArrayList<>();
		Predicate<Node> enrolled = node -> node.getState() == NodeState.ENROLLING && node.getLastHeartbeat() > 0
				&& !awaiting.contains(node.getName());
		for (Node node : pool.getAllNodes()) {
			if (enrolled.test(node)) {
				node.setState(NodeState.READY);
				promoted.add(node.getName());
			}
		}
		return promoted;
	}
}
