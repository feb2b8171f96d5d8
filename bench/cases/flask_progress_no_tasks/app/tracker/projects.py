from dataclasses import dataclass, field


@dataclass
class Project:
    name: str
    done: int = 0
    tasks: list[str] = field(default_factory=list)


PROJECTS = {
    "launch": Project("launch", done=3, tasks=["a", "b", "c", "d"]),
    "empty": Project("empty"),
}


def percent_done(project: Project) -> int:
    """Whole percent of tasks done; 0 for a project that has no tasks yet."""
    return project.done * 100 // len(project.tasks)
