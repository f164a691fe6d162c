package id.pantau.reporting.projection;

import id.pantau.defaults.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projections/rebuild")
@Tag(name = "Proyeksi")
class ProjectionController {

    private final ProjectionRebuilder rebuilder;

    ProjectionController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping
    @Operation(summary = "Rebuild the projections from the retained topics into fresh collections, switching over "
            + "when caught up; 409 while a rebuild runs")
    ResponseEntity<ProjectionRebuild> rebuild() {
        ProjectionRebuild rebuild = rebuilder.start();
        return ResponseEntity.accepted().location(URI.create("/api/v1/projections/rebuild/" + rebuild.rebuildId()))
                .body(rebuild);
    }

    @GetMapping("/{rebuildId}")
    @Operation(summary = "The state of a rebuild: replaying (with its lag per topic), switched, completed or failed")
    ProjectionRebuild status(@PathVariable String rebuildId) {
        return rebuilder.find(rebuildId).orElseThrow(() -> ApiProblem.notFound("projection-rebuild-not-found", rebuildId));
    }
}
