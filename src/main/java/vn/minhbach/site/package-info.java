/**
 * The web shell: the public layout's agency header and footer, the home page (gathering the
 * portal's news, notices, the leaders' week and the map), the about and contact pages, the
 * staff workspace with its role-based navigation and dashboard (the one-stop queues and the
 * documents waiting for the person, at a glance), and the switch between agencies for staff who
 * work for several.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organization", "identity", "calendar", "audit", "dossier", "documents", "portal" })
package vn.minhbach.site;
