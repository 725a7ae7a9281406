/**
 * Spring Boot auto-configuration of xai-java for Spring AI:
 * {@link io.github.xaijava.springai.autoconfigure.XaiAutoConfiguration}.
 */
package io.github.xaijava.springai.autoconfigure;
