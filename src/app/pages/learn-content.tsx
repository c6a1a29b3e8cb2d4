import { PageHeading } from '../../components/page-heading';
import { findCatalogueEntry } from '../../content/lessons/catalogue';
import { LessonCatalogue } from '../../features/lessons/lesson-catalogue';
import { LessonOverview } from '../../features/lessons/lesson-overview';
import { lessonHref, useLessonSession } from '../lesson-dock-live';
import { useShell } from '../providers';
import { useRoutePath } from '../router';
import { hrefFor, subPath } from '../routes';

// #/learn is the lesson catalogue; #/learn/<lesson-id> is one lesson's page, from which it starts.
export default function LearnContent() {
  const path = useRoutePath();
  const session = useLessonSession();
  const setRegion = useShell((state) => state.setRegion);
  const lessonId = decodeURIComponent(subPath('/learn', path));

  if (lessonId === '') {
    return (
      <div className="page learn-page">
        <PageHeading>Lessons</PageHeading>
        <LessonCatalogue session={session} lessonHref={lessonHref} />
      </div>
    );
  }

  const entry = findCatalogueEntry(lessonId);
  if (!entry) {
    return (
      <div className="page learn-page">
        <PageHeading>Lesson not found</PageHeading>
        <p>
          There is no lesson called <code>{lessonId}</code>. <a href={hrefFor('/learn')}>See all lessons</a>.
        </p>
      </div>
    );
  }

  if (entry.status === 'coming') {
    return (
      <div className="page learn-page">
        <PageHeading>{entry.title}</PageHeading>
        <p className="page-lead">{entry.summary}</p>
        <p>
          <span className="lesson-badge">Coming</span> {entry.needs} Until then this lesson is listed, not playable.
        </p>
        <p>
          <a href={hrefFor('/learn')}>All lessons</a>
        </p>
      </div>
    );
  }

  return (
    <div className="page learn-page">
      <PageHeading>{entry.title}</PageHeading>
      <LessonOverview
        session={session}
        lesson={entry}
        catalogueHref={hrefFor('/learn')}
        onStart={async () => {
          await session.getState().start(entry.id);
          // The lesson's goals read its Region: show the learner that Region too.
          if (session.getState().progress.active?.lessonId === entry.id) setRegion(entry.region as Parameters<typeof setRegion>[0]);
        }}
      />
    </div>
  );
}
