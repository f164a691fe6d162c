package id.pantau.innovation.innovation;

/** A partner organisation of the innovation (a university, a company, a community, a medium, another government). */
public record Collaborator(CollaboratorKind kind, String name) {
}
