/** Cross-cutting plumbing every feature shares: configuration, errors, caching, clock, the web UI's routes. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cloud.dumont.platform;
