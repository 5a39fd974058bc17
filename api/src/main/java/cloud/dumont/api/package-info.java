/** Request and response records of Dumont's REST API, shared by the server and the SDK; field names are snake_case on the wire. */
package cloud.dumont.api;
