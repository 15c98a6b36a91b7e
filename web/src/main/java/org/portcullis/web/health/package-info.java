/** MicroProfile Health checks of the platform ({@code /health/ready}, {@code /health/live}). */
package org.portcullis.web.health;
