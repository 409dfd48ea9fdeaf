package org.flotilla.shop.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers every GET with {@code shop-demo VERSION} (plain text): enough for a health check or a test to see which
 * version of the application a server really runs after an upgrade or a rollback.
 */
public final class ShopServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private String version;

    @Override
    public void init() throws ServletException {
        Properties properties = new Properties();
        try (InputStream in = ShopServlet.class.getResourceAsStream("shop-demo.properties")) {
            if (in == null) {
                throw new ServletException("shop-demo.properties is missing from the WAR");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shop-demo.properties", e);
        }
        version = properties.getProperty("version", "unknown");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println("shop-demo " + version);
    }
}
