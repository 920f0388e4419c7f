// The article the editor tests paste, written for them (no publisher's text).
// A dateline, a weekday that the publication date fixes, two ministers the knowledge base knows.
export const ARTICLE = "الجزائر - التقى وزير الخارجية الروسي سيرغي لافروف، اليوم الثلاثاء، نظيره الهندي سوبرامانيام جايشانكار " +
  "في العاصمة الجزائرية، وتباحث الجانبان في سبل تعزيز التعاون بين البلدين.\n\n" +
  "وأوضح بيان للخارجية الروسية أن الوزيرين تناولا أيضاً ملفات الطاقة والنقل.";

