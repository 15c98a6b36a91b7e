package org.portcullis.it.server;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Edits of a stopped domain's {@code domain.xml}. Edited before the first start, so no listener
 * ever binds to a wildcard address and no restart is needed.
 */
final class DomainXml {

  private static final String SERVER_CONFIG = "server-config";

  private DomainXml() {}

  static Document read(Path domainXml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(domainXml.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("Cannot read " + domainXml, e);
    }
  }

  static void write(Document xml, Path domainXml) {
    try {
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(xml), new StreamResult(domainXml.toFile()));
    } catch (TransformerException e) {
      throw new AssertionError("Cannot write " + domainXml, e);
    }
  }

  /** The port of the server's network listener {@code name}, such as {@code http-listener-1}. */
  static int listenerPort(Document xml, String name) {
    NodeList listeners = serverConfig(xml).getElementsByTagName("network-listener");
    for (int i = 0; i < listeners.getLength(); i++) {
      Element listener = (Element) listeners.item(i);
      if (name.equals(listener.getAttribute("name"))) {
        return Integer.parseInt(listener.getAttribute("port"));
      }
    }
    throw new AssertionError("No network listener " + name + " in " + SERVER_CONFIG);
  }

  /** Binds the server's HTTP, admin, IIOP, JMX, JMS and Hazelcast listeners to {@code address}. */
  static void bindTo(Document xml, String address) {
    Element server = serverConfig(xml);
    setOnAll(server, "network-listener", "address", address);
    setOnAll(server, "iiop-listener", "address", address);
    // On a loopback JMX connector, Payara 6.2025.9 logs a harmless SEVERE "Error stopping
    // RMIConnector ... NotBoundException: 127.0.0.1" at shutdown.
    setOnAll(server, "jmx-connector", "address", address);
    // Payara turns the JMS host "localhost" into a wildcard bind of its JMS proxy listener.
    ensureJmsService(xml, server);
    setOnAll(server, "jms-host", "host", address);
    Element hazelcast = first(xml.getDocumentElement(), "hazelcast-runtime-configuration");
    hazelcast.setAttribute("das-bind-address", address);
    hazelcast.setAttribute("interface", address);
    // Without this, Hazelcast binds to all interfaces whatever its interface setting says.
    addJvmOption(server, "-Dhazelcast.socket.bind.any=false");
  }

  /**
   * A new domain's server-config has no jms-service: the server copies default-config's at first
   * start. Copying it now gives its JMS host a chance to be set before anything binds.
   */
  private static void ensureJmsService(Document xml, Element server) {
    if (server.getElementsByTagName("jms-service").getLength() == 0) {
      server.appendChild(first(config(xml, "default-config"), "jms-service").cloneNode(true));
    }
  }

  private static Element serverConfig(Document xml) {
    return config(xml, SERVER_CONFIG);
  }

  private static Element config(Document xml, String name) {
    NodeList configs = xml.getElementsByTagName("config");
    for (int i = 0; i < configs.getLength(); i++) {
      Element config = (Element) configs.item(i);
      if (name.equals(config.getAttribute("name"))) {
        return config;
      }
    }
    throw new AssertionError("No config " + name + " in domain.xml");
  }

  private static void setOnAll(Element parent, String tag, String attribute, String value) {
    NodeList elements = parent.getElementsByTagName(tag);
    if (elements.getLength() == 0) {
      throw new AssertionError("No " + tag + " in " + SERVER_CONFIG);
    }
    for (int i = 0; i < elements.getLength(); i++) {
      ((Element) elements.item(i)).setAttribute(attribute, value);
    }
  }

  private static void addJvmOption(Element server, String option) {
    Element javaConfig = first(server, "java-config");
    Element jvmOption = server.getOwnerDocument().createElement("jvm-options");
    jvmOption.setTextContent(option);
    javaConfig.appendChild(jvmOption);
  }

  private static Element first(Element parent, String tag) {
    NodeList elements = parent.getElementsByTagName(tag);
    if (elements.getLength() == 0) {
      throw new AssertionError("No " + tag + " in domain.xml");
    }
    return (Element) elements.item(0);
  }
}
