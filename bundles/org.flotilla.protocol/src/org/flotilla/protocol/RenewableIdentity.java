package org.flotilla.protocol;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A peer's TLS identity that can be replaced while it is in use: {@link #sslContext()} is made once and handed to a
 * {@link ProtocolServer}, {@link ProtocolClient}s or the connection service; after {@link #replace} every new handshake
 * presents the new certificate, while connections already open keep theirs (TLS never looks at the key again once a
 * session is up). That is how a certificate is renewed without the peer ever being unreachable.
 * <p>
 * The trusted CA is fixed: a renewal changes the peer's key and certificate, not the pool it belongs to.
 */
public final class RenewableIdentity {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** One keystore's key manager, tagged so that a handshake that chose an alias before a swap keeps using it. */
	private record Generation(long number, X509ExtendedKeyManager keys, X509Certificate certificate) {
	}

	private final X509Certificate caCertificate;
	private final SSLContext context;
	private volatile Generation current;
	private volatile Generation previous;

	private RenewableIdentity(X509Certificate caCertificate, Generation first) throws GeneralSecurityException {
		this.caCertificate = caCertificate;
		this.current = first;
		this.previous = first;
		context = SSLContext.getInstance("TLSv1.3");
		context.init(new javax.net.ssl.KeyManager[] { new Delegate() }, PoolCertificateAuthority.trustOnly(caCertificate), RANDOM);
	}

	/** The identity in {@code store} (issued by a {@link PoolCertificateAuthority}, with its CA certificate in it). */
	public static RenewableIdentity of(KeyStore store, char[] password) throws GeneralSecurityException {
		if (!(store.getCertificate(PoolCertificateAuthority.CA_ALIAS) instanceof X509Certificate ca)) {
			throw new GeneralSecurityException("keystore holds no pool CA certificate '" + PoolCertificateAuthority.CA_ALIAS + "'");
		}
		return new RenewableIdentity(ca, generation(0, store, password));
	}

	/** As {@link #of(KeyStore, char[])}, for a keystore read from its files. */
	public static RenewableIdentity of(IdentityKeystore.Loaded loaded) throws GeneralSecurityException {
		return of(loaded.store(), loaded.password());
	}

	private static Generation generation(long number, KeyStore store, char[] password) throws GeneralSecurityException {
		if (!(store.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS) instanceof X509Certificate certificate)) {
			throw new GeneralSecurityException("keystore holds no '" + PoolCertificateAuthority.IDENTITY_ALIAS + "' certificate");
		}
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(store, password);
		for (javax.net.ssl.KeyManager manager : factory.getKeyManagers()) {
			if (manager instanceof X509ExtendedKeyManager keys) {
				return new Generation(number, keys, certificate);
			}
		}
		throw new GeneralSecurityException("no X.509 key manager for the keystore");
	}

	/** The TLS context presenting the current identity, trusting only the pool CA; the same object for ever. */
	public SSLContext sslContext() {
		return context;
	}

	/** The certificate new handshakes present. */
	public X509Certificate certificate() {
		return current.certificate();
	}

	public X509Certificate caCertificate() {
		return caCertificate;
	}

	/**
	 * From now on new handshakes present the identity in {@code store}, which must be issued by the same pool CA and
	 * name the same peer; open connections are left as they are.
	 */
	public synchronized void replace(KeyStore store, char[] password) throws GeneralSecurityException {
		Generation next = generation(current.number() + 1, store, password);
		if (!(store.getCertificate(PoolCertificateAuthority.CA_ALIAS) instanceof X509Certificate ca) || !ca.equals(caCertificate)) {
			throw new GeneralSecurityException("the new identity is not of the same pool CA");
		}
		next.certificate().verify(caCertificate.getPublicKey());
		try {
			if (!PeerIdentity.of(next.certificate()).equals(PeerIdentity.of(current.certificate()))) {
				throw new GeneralSecurityException("the new identity names " + PeerIdentity.of(next.certificate()) + ", not "
						+ PeerIdentity.of(current.certificate()));
			}
		} catch (ProtocolException e) {
			throw new GeneralSecurityException(e.getMessage(), e);
		}
		previous = current;
		current = next;
	}

	/**
	 * Key manager of the context: chooses from the current generation and tags the alias with it, so that a handshake
	 * that chose just before a {@link #replace} gets the chain and key of the same generation.
	 */
	private final class Delegate extends X509ExtendedKeyManager {

		private String tag(Generation generation, String alias) {
			return alias == null ? null : generation.number() + ":" + alias;
		}

		private Generation of(String tagged) {
			Generation now = current;
			Generation before = previous;
			int colon = tagged == null ? -1 : tagged.indexOf(':');
			if (colon < 0) {
				return now;
			}
			String number = tagged.substring(0, colon);
			return Long.toString(before.number()).equals(number) ? before : now;
		}

		private static String alias(String tagged) {
			int colon = tagged == null ? -1 : tagged.indexOf(':');
			return colon < 0 ? tagged : tagged.substring(colon + 1);
		}

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return current.keys().getClientAliases(keyType, issuers);
		}

		@Override
		public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
			Generation g = current;
			return tag(g, g.keys().chooseClientAlias(keyType, issuers, socket));
		}

		@Override
		public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
			Generation g = current;
			return tag(g, g.keys().chooseEngineClientAlias(keyType, issuers, engine));
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return current.keys().getServerAliases(keyType, issuers);
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			Generation g = current;
			return tag(g, g.keys().chooseServerAlias(keyType, issuers, socket));
		}

		@Override
		public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
			Generation g = current;
			return tag(g, g.keys().chooseEngineServerAlias(keyType, issuers, engine));
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			return of(alias).keys().getCertificateChain(alias(alias));
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			return of(alias).keys().getPrivateKey(alias(alias));
		}
	}

	@Override
	public String toString() {
		return "identity " + Objects.toString(current.certificate().getSubjectX500Principal());
	}
}
