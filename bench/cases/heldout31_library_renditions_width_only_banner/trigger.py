"""An editor uploads a photo for the homepage story; the CMS plans its renditions."""

from renditions.plan import plan, srcset

renditions = plan("uploads/2024/05/lifeboat-launch.jpg", (4032, 3024))
print(srcset(renditions, "https://cdn.harbourgazette.example/img"))
