/**
 * One handler per resource of xAI's API (chat, responses, messages, files, ...). Not API.
 */
package io.github.xaijava.simulator.internal.routes;
