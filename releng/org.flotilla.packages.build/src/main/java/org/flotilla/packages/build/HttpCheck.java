package org.flotilla.packages.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP client of shop-demo's health step ({@code steps/health.sh}), shipped compiled in the package's
 * {@code payload/health/}: {@code java -cp payload/health org.flotilla.packages.build.HttpCheck URL TEXT} exits 0 when
 * GET URL answers 200 with a body containing TEXT, otherwise prints why and exits 1. Only java.base (HttpURLConnection
 * rather than java.net.http), compiled for Java 17: it must run on whatever Java the node's servers run on, including
 * the agent's jlink'd runtime, and a node need not have curl or wget.
 */
public final class HttpCheck {

    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_BODY = 64 * 1024;

    private HttpCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: HttpCheck URL EXPECTED_TEXT");
            System.exit(2);
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String body = "";
            if (stream != null) {
                try (InputStream in = stream) {
                    body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
                }
            }
            if (status != 200) {
                System.err.println(args[0] + " answered " + status + ", not 200");
                System.exit(1);
            }
            if (!body.contains(args[1])) {
                System.err.println(args[0] + " answered 200 without \"" + args[1] + "\": " + body.strip());
                System.exit(1);
            }
            System.out.println(args[0] + " answers \"" + args[1] + "\"");
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("GET " + args[0] + " failed: " + e);
            System.exit(1);
        }
    }
}
