// Previous-year proposals the clerk declined (「不是同一机关」), per report, in this browser: a
// report whose organ's name is only similar to another's (nianbao issue 18) is proposed as last
// year's until the clerk confirms or declines. A view decision, not report data: a lost entry only
// shows the proposal again.
import { reportIdListStore } from './report-id-list';

const store = reportIdListStore('nianbao:declined-previous:', 200, 80);

export const readDeclinedLinks = store.read;
export const writeDeclinedLinks = store.write;
