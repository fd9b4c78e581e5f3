package fr.guichet.desk.catalogue;

import java.util.List;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import fr.guichet.desk.api.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The catalogue's public operations of the API: aids in force, their versions, the departments and regions. */
@Path("/api")
@RegisterRestClient(configKey = "guichet-api")
@RegisterClientHeaders(UserToken.class)
public interface CatalogueApi {

    /** listAids */
    @GET
    @Path("aids")
    AidPage listAids(@QueryParam("q") String words, @QueryParam("profession") String profession,
            @QueryParam("category") String category, @QueryParam("funder") String funder,
            @QueryParam("region") String region, @QueryParam("department") String department,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    /** getAid */
    @GET
    @Path("aids/{code}")
    Aid getAid(@PathParam("code") String code);

    /** listAidVersions */
    @GET
    @Path("aids/{code}/versions")
    List<Aid> listAidVersions(@PathParam("code") String code);

    /** listRegions */
    @GET
    @Path("territories/regions")
    List<Area> listRegions();

    /** listDepartments */
    @GET
    @Path("territories/departments")
    List<Department> listDepartments();
}
