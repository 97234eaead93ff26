package org.housesafe.photo;

import org.housesafe.account.Role;
import org.housesafe.account.Scope;
import org.housesafe.platform.db.Database;
import org.housesafe.web.TestApp;

/** The whole app on a free port, with clients that speak multipart for the photo routes. */
final class PhotoTestApp implements AutoCloseable {
    final TestApp app;
    final PhotoService photos;

    PhotoTestApp(Database db) {
        app = new TestApp(db);
        photos = app.services.photos();
    }

    /** A client acting as a new user of that role and scope, through an API token. */
    PhotoHttp as(String name, Role role, Scope scope) {
        return new PhotoHttp(app.base(), app.token(app.user(name, role, scope)));
    }

    PhotoHttp anonymous() {
        return new PhotoHttp(app.base(), null);
    }

    @Override
    public void close() {
        app.close();
    }
}
