// The questionnaire pages (questions and the check page, and the flow they follow): a chunk of their own, loaded when a
// question is first shown (and fetched in the background once the engine is ready). A shared
// link's answer or the start page does not wait for them.
export { firstUnanswered } from '../flow';
export { renderCheck } from './check';
export { renderQuestion } from './questions';
