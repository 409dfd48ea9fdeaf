/** Writes the console's sample pool to the file named by the argument (smoke-cli.sh imports it into the service). */
public class SamplePoolFile {
	public static void main(String[] args) throws Exception {
		new org.flotilla.model.persistence.PoolStore().save(org.flotilla.console.core.SamplePools.create(),
				java.nio.file.Path.of(args[0]));
	}
}
